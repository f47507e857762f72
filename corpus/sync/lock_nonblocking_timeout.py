# -*- coding:utf-8 -*-
# py2ts: timing="after"
# acquire(False) 和 acquire(timeout=...): 锁被子进程占用时立即/超时返回 False
from multiprocessing import Process, Lock, Event
import time

def holder(lock, ready, seconds):
    with lock:
        print('child holds the lock for', seconds, 'seconds')
        ready.set()
        time.sleep(seconds)
    print('child released the lock')

if __name__ == '__main__':
    lock = Lock()
    ready = Event()
    p = Process(target=holder, args=(lock, ready, 1.0))
    p.start()
    ready.wait()
    print('acquire(False):', lock.acquire(False))
    start = time.time()
    print('acquire(timeout=0.3):', lock.acquire(timeout=0.3), 'after %0.1f s' % (time.time() - start))
    print('acquire(True, 5):', lock.acquire(True, 5), 'after %0.1f s' % (time.time() - start))
    lock.release()
    p.join()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)
