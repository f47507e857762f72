# -*- coding:utf-8 -*-
# Python 2: Queue and Lock arguments fail inside the AsyncResult with the same RuntimeError
from multiprocessing import Pool, Queue, Lock


def put(q, x):
    q.put(x)
    return x


def first_len(items):
    return len(items)


if __name__ == '__main__':
    q = Queue()
    lock = Lock()
    pool = Pool(2)
    r = pool.apply_async(put, (q, 1))
    try:
        r.get(10)
    except RuntimeError, e:
        print 'get:', type(e).__name__, e
    print 'ready:', r.ready(), 'successful:', r.successful()
    try:
        pool.apply(put, (lock, 2))
    except RuntimeError, e:
        print 'apply:', type(e).__name__, e
    try:
        pool.map(first_len, [[q], [1, 2]], 1)
    except RuntimeError, e:
        print 'map:', type(e).__name__, e
    print pool.map(len, ['ab', 'c'])
    pool.close()
    pool.join()
    print 'queue empty:', q.empty()
