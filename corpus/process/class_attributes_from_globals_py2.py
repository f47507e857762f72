# -*- coding: utf-8 -*-
# 类属性用到模块级的全局变量；父进程改过的类属性，子进程（fork）也能看到
from multiprocessing import Process, Pool

LIMIT = 5
PREFIX = 'job'


class Worker(Process):
    limit = LIMIT * 2
    label = PREFIX + '-w'
    count = 0
    half = limit // 2

    def run(self):
        print '子进程看到 limit=%d label=%s count=%d half=%d' % (Worker.limit, self.label, Worker.count, self.half)


class Task(object):
    scale = LIMIT
    names = [PREFIX + str(i) for i in range(2)]

    def __init__(self, n):
        self.n = n


def work(t):
    return '%s:%d' % (Task.names[t.n % 2], t.n * Task.scale)


if __name__ == '__main__':
    print Worker.limit, Worker.half, Task.names
    Worker.count = 7
    w = Worker()
    w.start()
    w.join()
    pool = Pool(2)
    print pool.map(work, [Task(1), Task(2)])
    pool.close()
    pool.join()
