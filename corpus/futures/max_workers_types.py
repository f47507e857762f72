# ProcessPoolExecutor(max_workers=...) with a value that is not an int:
# a str cannot be compared with 0, a float cannot size the call queue;
# True is 1 worker.
from concurrent.futures import ProcessPoolExecutor

def cube(x):
    return x ** 3

if __name__ == '__main__':
    for n in [1.5, "3", 0, 2.0]:
        try:
            ex = ProcessPoolExecutor(max_workers=n)
        except (TypeError, ValueError) as e:
            print(repr(n), type(e).__name__ + ":", e)
        else:
            print(repr(n), "made")
            ex.shutdown()
    with ProcessPoolExecutor(max_workers=True) as ex:
        print(list(ex.map(cube, [1, 2, 3])))
