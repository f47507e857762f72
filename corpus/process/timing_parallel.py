# -*- coding:utf-8 -*-
# py2ts: timing="seconds\\."
# 四个子进程同时 sleep 0.5 秒: 总时间约 0.5 秒而不是 2 秒
from multiprocessing import Process
import time

def long_time_task(name, seconds):
    start = time.time()
    time.sleep(seconds)
    end = time.time()
    print('Task %s runs %0.2f seconds.' % (name, (end - start)))

if __name__ == '__main__':
    mainStart = time.time()
    procs = [Process(target=long_time_task, args=(i, 0.5 + 0.2 * i)) for i in range(4)]
    for p in procs:
        p.start()
    print('Waiting for all subprocesses done...')
    for p in procs:
        p.join()
    print('All subprocesses done.')
    print('All process ran %0.2f seconds.' % (time.time() - mainStart))
    start = time.time()
    for i in range(2):
        long_time_task('seq%d' % i, 0.3)
    print('Sequential ran %0.2f seconds.' % (time.time() - start))
