# -*- coding:utf-8 -*-
# py2ts: timing="all done in" unordered="^w\\d (enters|leaves)$"
# Semaphore(2): 同一时刻最多两个进程在临界区里; 6 个各占 0.3 秒的任务共需约 0.9 秒
from multiprocessing import Process, Semaphore, Lock, Value
import time

def worker(s, lock, inside, most, name):
    with s:
        with lock:
            inside.value += 1
            most.value = max(most.value, inside.value)
            print('%s enters' % name)
        time.sleep(0.3)
        with lock:
            inside.value -= 1
            print('%s leaves' % name)

if __name__ == '__main__':
    s = Semaphore(2)
    lock = Lock()
    inside = Value('i', 0, lock=False)
    most = Value('i', 0, lock=False)
    start = time.time()
    procs = [Process(target=worker, args=(s, lock, inside, most, 'w%d' % i)) for i in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('all done in %0.1f seconds' % (time.time() - start))
    print('at most %d inside at once, %d inside now' % (most.value, inside.value))
    print('semaphore back to 2:', s.acquire(False), s.acquire(False), s.acquire(False))
