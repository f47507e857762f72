# -*- coding:utf-8 -*-
# py2ts: timing="impatient" unordered="got the event"
# Event: 子进程 wait() 阻塞, 直到主进程 set(); wait(timeout) 超时返回 False
from multiprocessing import Process, Event
import time

def waiter(e, name, delay):
    time.sleep(delay)   # 错开开始时间, "waiting" 的顺序固定
    print(name, 'waiting for the event')
    flag = e.wait()
    print(name, 'got the event:', flag)

def impatient(e):
    start = time.time()
    flag = e.wait(0.2)
    print('impatient wait(0.2) returned %s after %0.1f s' % (flag, time.time() - start))

if __name__ == '__main__':
    e = Event()
    print('is_set at start:', e.is_set())
    p = Process(target=impatient, args=(e,))
    p.start()
    p.join()
    procs = [Process(target=waiter, args=(e, 'waiter%d' % i, 0.1 * i)) for i in range(3)]
    for p in procs:
        p.start()
    time.sleep(0.5)
    print('main sets the event')
    e.set()
    for p in procs:
        p.join()
    print('is_set:', e.is_set(), 'wait on a set event:', e.wait(0))
    e.clear()
    print('after clear:', e.is_set(), e.wait(0.1))
