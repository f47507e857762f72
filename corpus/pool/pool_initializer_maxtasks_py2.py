# -*- coding:utf-8 -*-
# Python 2: the initializer runs once in each worker (counter starts at 100 there);
# maxtasksperchild=2 replaces a worker after two tasks, so at least 4 workers share 8
# tasks and none counts past 102 (which worker takes which task is scheduling: not printed)
from multiprocessing import Pool, current_process
import time

counter = 0

def init(start):
    global counter
    counter = start

def work(x):
    global counter
    counter += 1
    time.sleep(0.1)
    return current_process().name, counter, x * 10

if __name__ == '__main__':
    pool = Pool(2, initializer=init, initargs=(100,), maxtasksperchild=2)
    results = pool.map(work, range(8), chunksize=1)
    print [value for name, count, value in results]
    names = set(name for name, count, value in results)
    print len(names) >= 4, all(name.startswith('PoolWorker-') for name in names)
    print min(count for name, count, value in results), max(count for name, count, value in results)
    time.sleep(0.5)   # the workers that did their two tasks have been replaced
    print len(pool._pool), counter
    pool.close()
    pool.join()
