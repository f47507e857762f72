# -*- coding:utf-8 -*-
# 共享数组不能删除元素 (Python 2)
from multiprocessing import Process, Array, RawArray, Manager


class Grid:
    """旧式类"""
    def __setitem__(self, key, value):
        pass


class NewGrid(object):
    def __setitem__(self, key, value):
        pass


def fill(arr):
    for i in range(len(arr)):
        arr[i] = i + 1


if __name__ == '__main__':
    arr = Array('i', 2L)
    p = Process(target=fill, args=(arr,))
    p.start()
    p.join()
    print arr[:]
    for target in [arr, RawArray('d', 2), Grid(), NewGrid()]:
        try:
            del target[0]
        except (AttributeError, TypeError), e:
            print type(e).__name__, e
    for size in [2.5, None]:
        try:
            Array('i', size)
        except TypeError, e:
            print 'TypeError:', e
    m = Manager()
    shared = m.Array('i', [1, 2])
    try:
        del shared[0]
    except AttributeError, e:
        print 'AttributeError', e
    print shared
    m.shutdown()
