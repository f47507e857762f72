# -*- coding:utf-8 -*-
# Python 2: 子进程里没有捕获的 Queue.Empty / Queue.Full / 自定义异常，以及 feeder 线程
# 发不出去的对象。子进程和 feeder 线程用 traceback 模块打印，最后一行只有类名
# （"Empty"、"MyError: ..."），主进程没捕获的异常才带模块名（"__main__.MyError"）。
from multiprocessing import Process, Queue
import time


class MyError(Exception):
    pass


def wait_for_item(q):
    print '子进程等待数据'
    q.get(timeout=0.1)


def fill(q):
    q.put(1)
    q.put(2, False)


def fail(name):
    raise MyError('任务 %s 失败' % name)


if __name__ == '__main__':
    for target, args in ((wait_for_item, (Queue(),)), (fill, (Queue(1),)), (fail, ('下载',))):
        p = Process(target=target, args=args)
        p.start()
        p.join()
        print target.__name__, 'exitcode', p.exitcode
    q = Queue()
    q.put(lambda x: x)
    time.sleep(0.3)
    print 'qsize', q.qsize()
    raise MyError('主进程')
