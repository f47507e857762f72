# -*- coding:utf-8 -*-
# Python 2: close() 之后的 Queue, put() 的 block 参数, qsize() 的类型
from multiprocessing import Process, Queue
import Queue as Q
import time


def square_all(numbers, results):
    for n in numbers:
        results.put((n, n * n))
    results.close()


if __name__ == '__main__':
    results = Queue()
    p = Process(target=square_all, args=([1, 2, 3], results))
    p.start()
    for _ in range(3):
        print '结果:', results.get(timeout=5)
    p.join()
    print 'exitcode', p.exitcode

    q = Queue()
    q.put('a')
    time.sleep(0.2)
    q.close()
    print 'empty() after close():', q.empty()
    try:
        q.get(timeout=0.1)
    except Q.Empty, e:
        print 'get after close():', repr(e)
    try:
        q.put('b')
    except AssertionError, e:
        print 'put after close():', repr(e)

    for q in (Queue(), Queue(2)):
        for block in (None, 1.0, 'yes'):
            try:
                q.put('x', block)
            except TypeError, e:
                print 'put(x, %r):' % (block,), e
        q.put('ok', 1)
        time.sleep(0.1)
        n = q.qsize()
        print 'qsize:', n, repr(n), [q.qsize()]
        print 'get:', q.get(), repr(q.qsize())
