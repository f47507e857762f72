# -*- coding:utf-8 -*-
# BoundedSemaphore: release 次数超过初始值会报错; 普通 Semaphore 不会
from multiprocessing import BoundedSemaphore, Semaphore, Process

def take(s, name):
    print(name, 'acquire ->', s.acquire(timeout=0.2))

if __name__ == '__main__':
    b = BoundedSemaphore(2)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    s = Semaphore(1)
    s.release()
    print('plain semaphore value after extra release:', s.get_value())
    b.acquire()
    b.acquire()
    p = Process(target=take, args=(b, 'child'))
    p.start()
    p.join()
    b.release()
    p = Process(target=take, args=(b, 'child again'))
    p.start()
    p.join()
    print('main value:', b.get_value())
