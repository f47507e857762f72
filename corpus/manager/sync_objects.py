# -*- coding:utf-8 -*-
# manager 提供的同步对象: Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
# py2ts: unordered="got item"
from multiprocessing import Process, Manager
import time

def waiter(event, cond, items, barrier, name):
    event.wait()
    with cond:
        while len(items) == 0:
            cond.wait()
        print(name, 'got', items[0])
    barrier.wait()

def counter(lock, total, n):
    for i in range(n):
        with lock:
            total.value += 1

if __name__ == '__main__':
    with Manager() as manager:
        lock = manager.Lock()
        print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.1))
        lock.release()
        try:
            lock.release()
        except Exception as e:
            print(type(e).__name__, e)
        rlock = manager.RLock()
        with rlock:
            with rlock:
                print('rlock twice')
        sem = manager.Semaphore(2)
        print(sem.acquire(), sem.acquire(), sem.acquire(False))
        sem.release(); sem.release(); sem.release()
        print(sem.acquire(False))
        bsem = manager.BoundedSemaphore(1)
        bsem.acquire()
        bsem.release()
        try:
            bsem.release()
        except ValueError as e:
            print('ValueError', e)
        event = manager.Event()
        print(event.is_set(), event.wait(0.05))
        cond = manager.Condition()
        items = manager.list()
        barrier = manager.Barrier(3)
        print(barrier.parties, barrier.n_waiting, barrier.broken)
        procs = [Process(target=waiter, args=(event, cond, items, barrier, 'p%d' % i)) for i in range(2)]
        for p in procs:
            p.start()
        time.sleep(0.2)
        event.set()
        with cond:
            items.append('item')
            cond.notify_all()
        barrier.wait()
        for p in procs:
            p.join()
        print(event.is_set(), barrier.n_waiting)
        total = manager.Value('i', 0)
        workers = [Process(target=counter, args=(lock, total, 50)) for i in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print('total', total.value)
