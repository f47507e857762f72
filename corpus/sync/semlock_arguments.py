# -*- coding:utf-8 -*-
# 锁和信号量的参数写错了会怎样: timeout 要是数字, 信号量的初始值要是整数
import multiprocessing
from multiprocessing import Process, Lock, RLock, Semaphore, Event, Condition


def try_it(label, action):
    try:
        print(label, action())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)


def worker(event):
    print('worker sees', event.wait('soon'))


if __name__ == '__main__':
    lock = Lock()
    try_it('timeout str', lambda: lock.acquire(timeout='3'))
    try_it('block str', lambda: lock.acquire('yes'))
    try_it('block float', lambda: lock.acquire(0.5))
    try_it('timeout True', lambda: lock.acquire(True, True))
    lock.release()
    rlock = RLock()
    rlock.acquire()
    try_it('reentrant', lambda: rlock.acquire(timeout='x'))
    try_it('semaphore str', lambda: Semaphore('3'))
    try_it('semaphore float', lambda: Semaphore(2.5))
    try_it('event wait', lambda: Event().wait(timeout='1'))
    try_it('condition lock', lambda: Condition(lock=5))
    cond = Condition()
    with cond:
        try_it('condition wait', lambda: cond.wait('1'))
        try_it('wait_for true', lambda: cond.wait_for(lambda: 'ready', 'x'))
    print(repr(lock._semlock)[:30])

    event = multiprocessing.Event()
    event.set()
    p = Process(target=worker, args=(event,))
    p.start()
    p.join()
