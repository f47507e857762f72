# -*- coding:utf-8 -*-
# py2ts: timing="seconds"
from multiprocessing import Process, Pool
import time

def Foo(i):
    time.sleep(1)
    return i + 100

def Bar(arg):
    print '-->exec done:', arg

if __name__ == '__main__':
    t = time.time()
    pool = Pool(5)
    for i in range(10):
        pool.apply_async(func=Foo, args=(i,), callback=Bar)
    print 'end'
    pool.close()
    pool.join()
    print 'all done in %0.1f seconds' % (time.time() - t)
