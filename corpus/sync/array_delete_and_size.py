# -*- coding:utf-8 -*-
# 共享数组不能删除元素; Array 的第二个参数要么是长度, 要么是有 len() 的序列
from multiprocessing import Process, Array, RawArray, Manager


class Grid(object):
    """只实现了 __setitem__ 的类"""
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        self.cells[key] = value


def fill(arr):
    for i in range(len(arr)):
        arr[i] = i + 1


if __name__ == '__main__':
    arr = Array('i', True)
    p = Process(target=fill, args=(arr,))
    p.start()
    p.join()
    print(arr[:])
    for target in [arr, RawArray('d', 2), Grid()]:
        try:
            del target[0]
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    for size in [2.5, None, (x for x in range(3))]:
        try:
            Array('i', size)
        except TypeError as e:
            print('TypeError:', e)
    print(Array('i', range(4))[:])
    with Manager() as m:
        shared = m.Array('i', [1, 2])
        try:
            del shared[0]
        except AttributeError as e:
            print('AttributeError', e)
        print(shared)
