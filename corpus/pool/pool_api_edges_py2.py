# -*- coding:utf-8 -*-
# Python 2: the same edges; AssertionError where Python 3 raises ValueError, and no starmap
from multiprocessing import Pool, TimeoutError
import time

def f(x, y=1):
    return x * y

def slow(x):
    time.sleep(x)
    return x

if __name__ == '__main__':
    for n in (0, -1):
        try:
            Pool(n)
        except ValueError as e:
            print 'ValueError', e
    p = Pool(2)
    print p.map(f, []), list(p.imap(f, [])), list(p.imap_unordered(f, []))
    print p.apply(f, (3,), {'y': 4}), p.apply_async(f, kwds={'x': 2, 'y': 5}).get()
    r = p.apply_async(slow, (0.5,))
    try:
        r.get(timeout=0.05)
    except TimeoutError as e:
        print 'TimeoutError', repr(e)
    try:
        r.successful()
    except AssertionError as e:
        print 'AssertionError', repr(e)
    r.wait(0.01); print r.ready()
    it = p.imap(slow, [0.3])
    try:
        it.next(timeout=0.01)
    except TimeoutError as e:
        print 'imap TimeoutError', repr(e)
    print next(it), r.get()
    p.close()
    try:
        p.apply(f, (1,))
    except Exception as e:
        print type(e).__name__, e
    try:
        p.starmap
    except AttributeError as e:
        print 'AttributeError', e
    p.join()
    p.terminate()
