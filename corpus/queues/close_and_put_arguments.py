# -*- coding:utf-8 -*-
# close() 之后的 Queue, put() 的 block 参数检查, 子进程结果
from multiprocessing import Process, Queue
import time

try:
    import queue
except ImportError:
    import Queue as queue


def square_all(numbers, results):
    for n in numbers:
        results.put((n, n * n))
    results.close()
    results.join_thread()


if __name__ == '__main__':
    results = Queue()
    p = Process(target=square_all, args=([1, 2, 3], results))
    p.start()
    for _ in range(3):
        print('结果:', results.get(timeout=5))
    p.join()
    print('exitcode', p.exitcode)

    # 等一下再 close: 数据已经写进管道, reader 还没关
    q = Queue()
    q.put('写进管道')
    time.sleep(0.2)
    q.close()
    print('empty() after a pause:', q.empty())
    q.join_thread()
    try:
        q.empty()
    except OSError as e:
        print('after join_thread():', type(e).__name__, e)

    # 没有 put 过的队列 close 以后还能读
    unused = Queue()
    unused.close()
    unused.join_thread()
    print('unused queue empty():', unused.empty())

    # block 必须是整数
    for q in (Queue(), Queue(2)):
        for block in (None, 1.0, 'yes'):
            try:
                q.put('x', block)
            except TypeError as e:
                print('put(x, %r):' % (block,), e)
        q.put('ok', 1)
        print('qsize:', q.qsize())
