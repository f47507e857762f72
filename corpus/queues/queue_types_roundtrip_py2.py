# -*- coding:utf-8 -*-
# Python 2: int/long/float/str/unicode/tuple/list/dict/set 通过队列后类型不变
from multiprocessing import Process, Queue

class Task:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

def produce(q):
    for v in [None, 1, 2 ** 70, 3.0, 0.5, 'abc', [1, 2], (3, 4), {'a': 1, 2: 'b'}, set([5]), frozenset([6])]:
        q.put(v)
    q.put(Task('build', 2.5))
    q.put(KeyError('missing'))
    q.put(None)

if __name__ == '__main__':
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    for i in range(11):
        v = q.get()
        print type(v).__name__, repr(v)
    t = q.get()
    print t.__class__.__name__, t.name, t.cost
    e = q.get()
    print type(e).__name__, repr(e), str(e)
    print q.get()
    p.join()
