# -*- coding:utf-8 -*-
# RLock: 同一个进程可以重复 acquire; 普通 Lock 在同一进程里第二次 acquire 会阻塞
from multiprocessing import Process, RLock, Lock

def outer(rlock, depth):
    with rlock:
        print('  ' * depth + 'enter level', depth)
        if depth < 3:
            outer(rlock, depth + 1)
        print('  ' * depth + 'leave level', depth)

def try_plain(lock):
    lock.acquire()
    print('plain lock second acquire(timeout=0.2):', lock.acquire(timeout=0.2))
    lock.release()

if __name__ == '__main__':
    rlock = RLock()
    p = Process(target=outer, args=(rlock, 0))
    p.start()
    p.join()
    q = Process(target=try_plain, args=(Lock(),))
    q.start()
    q.join()
    rlock.acquire()
    rlock.acquire()
    rlock.release()
    rlock.release()
    try:
        rlock.release()
    except AssertionError as e:
        print('AssertionError:', e)
    print('exitcodes', p.exitcode, q.exitcode)
