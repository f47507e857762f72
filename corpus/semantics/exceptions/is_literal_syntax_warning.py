# CPython 3.8+ warns while compiling when `is` / `is not` compares with a literal:
# the SyntaxWarnings go to stderr before the script runs, once per line and message,
# in source order (also from inside functions); None, True, False and lists do not warn.
def check(x):
    if x is 'a':
        return 'is a'
    return x is not -1


print(check('a'), check(-1), check(2))
n = 1000
print(n is 1000, n is None, n is True, n is [1], n is (1, [2]), n is (1, 2), n is ())
print(n is 1000 or n is 1000, n is not 'x')
