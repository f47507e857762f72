# -*- coding:utf-8 -*-
# 代理可以通过 Queue 和 Pipe 传给别的进程, 到了那边照样能用
from multiprocessing import Process, Queue, Pipe, Manager

def from_queue(q):
    d = q.get()
    d['from_queue'] = True
    l = q.get()
    l.append('queue')

def from_pipe(conn):
    ns = conn.recv()
    ns.value = 'pipe'
    lock = conn.recv()
    with lock:
        conn.send('locked in child')
    conn.close()

if __name__ == '__main__':
    with Manager() as manager:
        d = manager.dict()
        l = manager.list()
        q = Queue()
        p = Process(target=from_queue, args=(q,))
        p.start()
        q.put(d)
        q.put(l)
        p.join()
        print(d, l)
        ns = manager.Namespace()
        lock = manager.Lock()
        parent, child = Pipe()
        p = Process(target=from_pipe, args=(child,))
        p.start()
        parent.send(ns)
        parent.send(lock)
        print(parent.recv())
        p.join()
        print(ns.value, lock.acquire(False))
        mq = manager.Queue()
        mq.put(d)
        got = mq.get()
        got['again'] = 1
        print(sorted(d.keys()))
