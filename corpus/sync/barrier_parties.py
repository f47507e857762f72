# -*- coding:utf-8 -*-
# py2ts: timing="arrives at|passes at|all passed" unordered="passes at"
# Barrier(3): 三个进程都到达之后才一起继续; 到达时间不同, 离开时间相同
from multiprocessing import Process, Barrier, Lock
import time

def worker(barrier, lock, name, delay, start):
    time.sleep(delay)
    with lock:
        print('%s arrives at %0.1f' % (name, time.time() - start))
    barrier.wait()
    with lock:
        print('%s passes at %0.1f' % (name, time.time() - start))

if __name__ == '__main__':
    barrier = Barrier(3)
    lock = Lock()
    print('parties:', barrier.parties, 'waiting:', barrier.n_waiting, 'broken:', barrier.broken)
    start = time.time()
    procs = [Process(target=worker, args=(barrier, lock, 'w%d' % i, 0.3 * i, start)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('all passed after %0.1f s' % (time.time() - start))
    b2 = Barrier(2, timeout=0.2)
    try:
        b2.wait()
    except Exception as e:
        print(type(e).__name__, 'after timeout, broken:', b2.broken)
