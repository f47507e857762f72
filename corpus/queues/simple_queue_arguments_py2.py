# -*- coding:utf-8 -*-
# Python 2 版本（SimpleQueue 要从 multiprocessing.queues 导入）。SimpleQueue 的 put/get 不接受 Queue 的 block/timeout 参数：直接调用、关键字调用、
# 先取出方法再调用都是 TypeError；正确的调用照常工作。
from multiprocessing import Process, Queue
from multiprocessing.queues import SimpleQueue


def producer(q):
    for i in range(3):
        q.put(i * 10)


def attempt(label, call):
    try:
        result = call()
    except TypeError, e:
        print label, '-> TypeError:', e
    else:
        print label, '->', result


if __name__ == '__main__':
    sq = SimpleQueue()
    attempt('put(x, True)', lambda: sq.put('a', True))
    attempt('put(x, block=False)', lambda: sq.put('a', block=False))
    attempt('put(x, timeout=1)', lambda: sq.put('a', timeout=1))
    attempt('get(True)', lambda: sq.get(True))
    attempt('empty(1)', lambda: sq.empty(1))
    put = sq.put
    attempt('bound put(x, 2)', lambda: put('a', 2))
    print 'empty after the errors:', sq.empty()

    # 同一个函数处理两种队列：只有 Queue 接受 timeout
    for q in (Queue(), SimpleQueue()):
        p = Process(target=producer, args=(q,))
        p.start()
        got = [q.get() for _ in range(3)]
        p.join()
        print type(q).__name__, got
        attempt(type(q).__name__ + '.put(x, True, 1)', lambda: q.put('x', True, 1))
