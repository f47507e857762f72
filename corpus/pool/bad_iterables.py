# Tasks given things that are not iterable: starmap's items are unpacked by
# itertools.starmap, imap's iterable is iterated inside the task generator, so
# the error comes out of next() and the pool can still be joined.
from multiprocessing import Pool

def add(a, b):
    return a + b

def square(x):
    return x * x

if __name__ == '__main__':
    pool = Pool(processes=2)
    for items in ([1, 2], [(1, 2), None], [(1, 2), "ab"]):
        try:
            print(pool.starmap(add, items))
        except TypeError as e:
            print("starmap: %s" % e)
    r = pool.starmap_async(add, [3], error_callback=lambda e: print("error_callback: {}".format(e)))
    r.wait()
    print(r.successful())
    for chunksize in (1, 3):
        it = pool.imap(square, 42, chunksize)
        print("imap made", type(it).__name__)
        try:
            print(list(it))
        except TypeError as e:
            print("imap(chunksize=%d): %s" % (chunksize, e))
    try:
        print(sorted(pool.imap_unordered(square, None)))
    except TypeError as e:
        print("imap_unordered:", e)
    print(list(pool.imap(square, range(4))))
    pool.close()
    pool.join()
    print("joined")
