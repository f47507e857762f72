# -*- coding:utf-8 -*-
# Python 2 的 pickle 不能按名字找到内置类型的方法 (method_descriptor)
from multiprocessing import Pool

if __name__ == '__main__':
    words = ['apple', 'Banana']
    pool = Pool(2)
    print pool.map(len, words)
    for method in (str.upper, list.count):
        try:
            print pool.map(method, words)
        except TypeError as e:
            print '%s: %s' % (type(e).__name__, e)
    print pool.map(str, [1, 2.5])
    pool.close()
    pool.join()
