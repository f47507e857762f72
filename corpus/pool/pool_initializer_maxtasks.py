# -*- coding:utf-8 -*-
# initializer 在每个工作进程开始时运行一次; maxtasksperchild=2: 每个工作进程做完两个任务就换一个新的
from multiprocessing import Pool, current_process
import time

counter = 0

def init(start):
    global counter
    counter = start
    print('初始化', current_process().name, start)

def work(x):
    global counter
    counter += 1
    time.sleep(0.1)
    return current_process().name, counter, x * 10

if __name__ == '__main__':
    pool = Pool(2, initializer=init, initargs=(100,), maxtasksperchild=2)
    results = pool.map(work, range(8), chunksize=1)
    print([value for name, count, value in results])
    print(sorted(set(name for name, count, value in results)))
    print(sorted(count for name, count, value in results))
    time.sleep(0.5)   # 做完任务的进程已经被替换
    print(len(pool._pool), counter)
    pool.close()
    pool.join()
