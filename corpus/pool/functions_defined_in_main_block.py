# -*- coding: utf-8 -*-
# 在 if __name__ == '__main__': 里面定义任务函数，再交给进程池和子进程
import sys
from multiprocessing import Pool, Process

try:
    import Queue as queue
except ImportError:
    def queue_module():
        return 'queue'
else:
    def queue_module():
        return 'Queue'

if sys.version_info[0] >= 3:
    def describe(x):
        return 'py3: %s' % (x,)
else:
    def describe(x):
        return 'py2: %s' % (x,)


def make_counter(start):
    if start > 0:
        def step(n):
            return start + n
    else:
        def step(n):
            return n
    return step


if __name__ == '__main__':
    factor = 3

    def scale(x):
        return x * factor

    class Point(object):
        def __init__(self, x):
            self.x = x

        def __repr__(self):
            return 'Point(%d)' % self.x

    def report(p):
        print('子进程收到 %r, scale=%d' % (p, scale(p.x)))

    pool = Pool(2)
    print(pool.map(scale, [1, 2, 3]))
    print(pool.map(Point, [4, 5]))
    pool.close()
    pool.join()
    child = Process(target=report, args=(Point(7),))
    child.start()
    child.join()
    print(queue_module(), describe(1)[:3] in ('py2', 'py3'))
    print(make_counter(10)(5), make_counter(0)(5))
