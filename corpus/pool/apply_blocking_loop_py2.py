# -*- coding:utf-8 -*-
# py2ts: timing="took"
# Python 2: pool.apply blocks until its task is done, so the tasks run one after another
import os
import time
from multiprocessing import Pool

def task(task_name):
    print 'start task', task_name
    start = time.time()
    time.sleep(0.3)
    end = time.time()
    print 'finished task', task_name, 'took %0.1f' % (end - start)
    return os.getpid()

if __name__ == '__main__':
    pool = Pool(5)
    tasks = ['music', 'dinner', 'laundry', 'games']
    start = time.time()
    pids = []
    for name in tasks:
        pids.append(pool.apply(task, args=(name,)))
    print 'all tasks took %0.1f' % (time.time() - start)
    print 'ran in pool processes:', all(pid != os.getpid() for pid in pids)
    pool.close()
    pool.join()
