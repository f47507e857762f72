# -*- coding:utf-8 -*-
from multiprocessing import Pool

class Greeter(object):
    def hello(self, name):
        return 'hello ' + name

def double(x):
    return x * 2

if __name__ == '__main__':
    pool = Pool(2)
    print pool.map(double, [1, 2, 3])
    try:
        pool.map(lambda x: x * 3, [1, 2, 3])
    except Exception, e:
        print type(e).__name__, type(e).__module__, e
    try:
        pool.apply(Greeter().hello, ('bob',))
    except Exception, e:
        print type(e).__name__, e
    print pool.map(abs, [-1, -2]), pool.apply(len, ('abc',)), pool.map(str, [1, 2])
    pool.terminate()
