# -*- coding:utf-8 -*-
# SimpleQueue: 只有 put/get/empty/close 的简单队列
from multiprocessing import Process, SimpleQueue


def child(q, n):
    for i in range(n):
        q.put(('child', i, i / 2))
    q.put('done')


if __name__ == '__main__':
    q = SimpleQueue()
    print('empty at start:', q.empty())
    p = Process(target=child, args=(q, 4))
    p.start()
    while True:
        item = q.get()
        print('got', item)
        if item == 'done':
            break
    p.join()
    print('empty at end:', q.empty())
    q.close()
    try:
        q.put(1)
    except OSError as e:
        print('after close:', type(e).__name__, e)
