# Pool(processes=...) with a value that is not an int: CPython compares it
# with 1, then counts workers with range(), so a str and a float fail with
# different TypeErrors; a bool is an int.
from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == '__main__':
    for n in [2.5, "2", 4.0, None]:
        try:
            pool = Pool(processes=n)
        except TypeError as e:
            print(repr(n), "TypeError:", e)
        else:
            print(repr(n), "started")
            pool.terminate()
    pool = Pool(processes=True)
    print(pool.map(square, range(4)), repr(pool))
    pool.close()
    pool.join()
