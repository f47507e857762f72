# -*- coding:utf-8 -*-
# py2ts: timing="took"
# Python 2: apply_async returns at once; the callback runs in the main process, in completion order
import os
import time
from multiprocessing import Pool

def task(task_name, seconds):
    print 'start task', task_name
    start = time.time()
    time.sleep(seconds)
    end = time.time()
    return 'done', task_name, 'took', round(end - start, 1), os.getpid() != 0

container = []
def callback_func(n):
    # runs in the main process, so it can fill the main process's list
    container.append(n)

if __name__ == '__main__':
    pool = Pool(5)
    tasks = ['music', 'dinner', 'laundry', 'games', 'walk', 'kids', 'cooking']
    seconds = [0.9, 0.7, 0.5, 0.3, 0.1, 0.12, 0.42]
    for i, name in enumerate(tasks):
        pool.apply_async(task, args=(name, seconds[i]), callback=callback_func)
    pool.close()
    pool.join()
    for c in container:
        print c
    print len(container), 'results'
