# -*- coding:utf-8 -*-
# 通过队列传递各种 Python 值: 类型要保持不变 (2.0 还是 float, 元组还是元组, 字典的键类型不变)
from multiprocessing import Process, Queue


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class MyError(Exception):
    pass


def produce(q):
    values = [
        None, True, False, 0, -7, 2 ** 40, 2 ** 100, -(3 ** 50),
        2.0, -0.0, 0.1, 1e300, float('inf'), 1e16,
        '', 'hello', '中文字符串', 'emoji 🎉',
        b'', b'bytes\x00\xff',
        [], [1, [2, [3]]], (), (1,), (1, 'a', 2.5),
        {}, {1: 'int key', 1.5: 'float key', 'k': 'str key', (1, 2): 'tuple key', None: 'none key'},
        {3, 1, 2}, frozenset(['x']), set(),
        Point(1, 2.0), [Point('a', None)],
        ValueError('bad value'), MyError('mine', 42), KeyError('k'),
    ]
    for v in values:
        q.put(v)
    shared = [1, 2]
    q.put([shared, shared])
    q.put('end')


if __name__ == '__main__':
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    while True:
        v = q.get()
        if v == 'end':
            break
        print(type(v).__name__, repr(v))
    p.join()

