# -*- coding:utf-8 -*-
# 两个子进程各自生成一个列表, 通过 Queue 交给主进程拼接 (全局变量不能在进程间共享)
from multiprocessing import Process, Queue, Lock

L = [1, 2, 3]

def add(q, lock, a, b):
    lock.acquire()  # 加锁, 避免两个进程同时写
    L1 = range(a, b)
    lock.release()
    q.put(L1)
    print L1

if __name__ == '__main__':
    q = Queue()
    lock = Lock()
    p1 = Process(target=add, args=(q, lock, 20, 30))
    p1.start()
    p1.join()
    p2 = Process(target=add, args=(q, lock, 30, 40))
    p2.start()
    p2.join()
    L += q.get() + q.get()
    print L
    print 'qsize after two gets:', q.qsize(), 'empty:', q.empty()
