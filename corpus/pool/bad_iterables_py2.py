# Python 2: imap with chunks iterates the iterable in the task handler thread;
# its TypeError goes to job 0, so the IMapIterator just ends empty and the
# pool can still be joined. (2.7's imap with chunksize 1 raises in imap()
# itself and then join() hangs forever, so it is not here.)
from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == '__main__':
    pool = Pool(processes=2)
    for chunksize in (2, 5):
        it = pool.imap(square, 42, chunksize)
        print "imap made", type(it).__name__
        print "items:", list(it)
    print sorted(pool.imap_unordered(square, 7, chunksize=3))
    try:
        pool.map(square, 7)
    except TypeError, e:
        print "map:", e
    print list(pool.imap(square, xrange(4), 2))
    pool.close()
    pool.join()
    print "joined"
