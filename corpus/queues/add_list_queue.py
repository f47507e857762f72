# -*- coding:utf-8 -*-
# Python 3 版本: range 要转成 list 才能拼接
from multiprocessing import Process, Queue, Lock

L = [1, 2, 3]

def add(q, lock, a, b):
    with lock:
        L1 = list(range(a, b))
    q.put(L1)
    print(L1)

if __name__ == '__main__':
    q = Queue()
    lock = Lock()
    procs = [Process(target=add, args=(q, lock, a, a + 5)) for a in (10, 20, 30)]
    for p in procs:
        p.start()
        p.join()  # 一个一个运行, 结果的顺序才是确定的
    for i in range(3):
        L += q.get()
    print(L)
    print('L 的长度:', len(L))
