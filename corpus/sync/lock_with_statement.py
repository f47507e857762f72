# -*- coding:utf-8 -*-
# py2ts: unordered="^hello world \\d$"
# with lock: 进入时 acquire, 离开时 release (即使发生异常)
from multiprocessing import Process, Lock
import time

def f(l, i):
    time.sleep(0.05 * i)
    with l:
        print('hello world', i)

def failing(l):
    try:
        with l:
            raise ValueError('inside the lock')
    except ValueError as e:
        print('caught', e)
    print('lock released after the exception:', l.acquire(False))
    l.release()

if __name__ == '__main__':
    lock = Lock()
    procs = [Process(target=f, args=(lock, num)) for num in range(10)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    p = Process(target=failing, args=(lock,))
    p.start()
    p.join()
    print('main can take the lock:', lock.acquire(timeout=1))
    lock.release()
