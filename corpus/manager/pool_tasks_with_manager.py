# -*- coding:utf-8 -*-
# Pool 的任务共用 Manager 的 dict, list, Lock, Queue (apply_async, map, starmap)
from multiprocessing import Pool, Manager
import time

def record(args):
    d, l, lock, i = args
    with lock:
        d[i] = i * i
        l.append(i)
    return i

def producer(q, lock, name, n):
    for i in range(n):
        with lock:
            q.put('%s-%d' % (name, i))
    return name

def add_to(counter, lock, amount):
    with lock:
        counter.value += amount
    return amount

if __name__ == '__main__':
    with Manager() as manager:
        d = manager.dict()
        l = manager.list()
        lock = manager.Lock()
        q = manager.Queue()
        counter = manager.Value('i', 0)
        with Pool(3) as pool:
            print(pool.map(record, [(d, l, lock, i) for i in range(6)]))
            results = [pool.apply_async(producer, (q, lock, name, 3)) for name in 'ab']
            print([r.get() for r in results])
            print(sorted(pool.starmap(add_to, [(counter, lock, k) for k in range(1, 5)])))
        print(sorted(d.items()))
        print(sorted(l), len(l))
        items = []
        while not q.empty():
            items.append(q.get())
        print(sorted(items))
        print(counter.value)
