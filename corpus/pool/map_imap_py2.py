# -*- coding:utf-8 -*-
# py2ts: timing="seconds"
# Python 2 的进程池: map, map_async 的回调, imap 与 imap_unordered
from multiprocessing import Pool
import time

def fetch(n):
    time.sleep(0.1 * n)
    return n, n * n

def cube(x):
    return x ** 3

def got(values):
    print 'callback got', values

if __name__ == '__main__':
    pool = Pool(3)
    jobs = [5, 1, 4, 2, 3]
    start = time.time()
    for i, (n, sq) in enumerate(pool.imap_unordered(fetch, jobs), 1):
        print '%d/%d: %d -> %d' % (i, len(jobs), n, sq)
    for n, sq in pool.imap(fetch, [2, 1]):
        print n, sq
    print pool.map(cube, xrange(6))
    print pool.map(cube, range(7), 2)
    r = pool.map_async(cube, [1, 2], callback=got)
    print r.get()
    it = pool.imap(cube, range(4), chunksize=2)
    print list(it)
    pool.close()
    pool.join()
    print 'took %0.1f seconds' % (time.time() - start)
