# -*- coding:utf-8 -*-
# Python 2: the same mistakes give AssertionError; the worker's exception is raised by get()
from multiprocessing import Pool, TimeoutError
import time

def divide(a, b):
    return a / b

def nap(seconds):
    time.sleep(seconds)
    return seconds

if __name__ == '__main__':
    pool = Pool(2)
    r = pool.apply_async(divide, (1, 0))
    try:
        r.get()
    except ZeroDivisionError, e:
        print 'get() raised:', type(e).__name__, e
    print r.ready(), r.successful()
    r = pool.apply_async(nap, (0.5,))
    try:
        r.successful()
    except AssertionError:
        print 'successful() too early: AssertionError'
    try:
        r.get(timeout=0.1)
    except TimeoutError, e:
        print 'timed out:', repr(e), type(e)
    print r.get(timeout=2), r.successful()
    r = pool.map_async(int, ['1', 'x', '3'])
    r.wait()
    print r.successful()
    try:
        r.get()
    except ValueError, e:
        print e
    print pool.apply(divide, (7,), {'b': 2})
    try:
        pool.join()
    except AssertionError:
        print 'join while running: AssertionError'
    pool.close()
    try:
        pool.apply_async(nap, (0,))
    except AssertionError:
        print 'apply_async after close: AssertionError'
    pool.join()
    print 'done'
