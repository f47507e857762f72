# -*- coding:utf-8 -*-
# 两个生产者各放 20000 个元组, 消费者检查每个生产者的顺序 (FIFO) 和总和
from multiprocessing import Process, Queue

N = 20000


def producer(q, name):
    for i in range(N):
        q.put((name, i, i * 0.5))
    q.put((name, None, None))


def consumer(q, out):
    last = {'a': -1, 'b': -1}
    total = 0.0
    finished = 0
    in_order = True
    while finished < 2:
        name, i, half = q.get()
        if i is None:
            finished += 1
            continue
        if i != last[name] + 1:
            in_order = False
        last[name] = i
        total += half
    out.put((in_order, last['a'], last['b'], total))


if __name__ == '__main__':
    q = Queue()
    out = Queue()
    c = Process(target=consumer, args=(q, out))
    c.start()
    producers = [Process(target=producer, args=(q, name)) for name in 'ab']
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    print('in order, last a, last b, total:', out.get())
    c.join()
    print('qsize', q.qsize(), 'empty', q.empty())
