# Pool and ProcessPoolExecutor methods called without their required
# arguments raise TypeError naming the method, before anything is sent.
from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

if __name__ == '__main__':
    pool = Pool(2)
    for name, call in [("apply", lambda: pool.apply()),
                       ("apply_async", lambda: pool.apply_async()),
                       ("imap", lambda: pool.imap(square)),
                       ("starmap_async", lambda: pool.starmap_async(square))]:
        try:
            call()
        except TypeError as e:
            print("%s: %s" % (name, e))
    try:
        pool.map()
    except TypeError as e:
        print("direct:", e)
    print(pool.map(square, [1, 2, 3]))
    pool.close()
    pool.join()
    with ProcessPoolExecutor(max_workers=1) as ex:
        try:
            ex.submit()
        except TypeError as e:
            print(e)
        try:
            ex.map()
        except TypeError as e:
            print(e)
        print(ex.submit(square, 4).result())
