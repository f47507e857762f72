# CPython 3.8+ warns while compiling a call of a literal (a missed comma in a
# list of tuples, None(), a string literal called): SyntaxWarning on stderr before
# the script runs, at the line where the called expression starts; the call raises.
def f():
    return [
        (1, 2)
        (3, 4)
    ]
try:
    f()
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
x = [f"a{1}"() for _ in []], ["s"("t") for _ in []]
