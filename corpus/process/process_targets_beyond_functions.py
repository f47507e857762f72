# -*- coding: utf-8 -*-
# Process 的 target 不一定是模块级函数：静态方法、队列的绑定方法、functools.partial
from multiprocessing import Process, Queue
from functools import partial


class Jobs(object):
    @staticmethod
    def double(q, n):
        q.put(('double', n * 2))


def add(q, n, extra=0):
    q.put(('add', n + extra))


if __name__ == '__main__':
    q = Queue()
    targets = [
        (Jobs.double, (q, 3)),
        (q.put, (('put', 7),)),
        (partial(add, extra=100), (q, 1)),
    ]
    for target, args in targets:
        p = Process(target=target, args=args)
        p.start()
        p.join()
        print('exitcode', p.exitcode)
    print(sorted(q.get() for _ in range(3)))
    try:
        q.size()
    except AttributeError as e:
        print('AttributeError:', e)
