# Python 2: Pool(processes="2") passes the `< 1` check (a str sorts after an
# int) and fails at processes - len(self._pool); a float fails in range().
from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == '__main__':
    for n in [2.5, "2", 3.0]:
        try:
            pool = Pool(processes=n)
        except TypeError, e:
            print repr(n), "TypeError:", e
        else:
            print repr(n), "started"
            pool.terminate()
    pool = Pool(processes=True)
    print pool.map(square, range(4))
    pool.close()
    pool.join()
