# -*- coding:utf-8 -*-
# 进程池里的任务不能直接用 multiprocessing.Queue, 要用 Manager 的 Queue 和 Lock
from multiprocessing import Pool
import multiprocessing
import os, time

# 写数据进程执行的代码:
def write(q, lock):
    lock.acquire()  # 加上锁
    for value in ['A', 'B', 'C']:
        print 'Put %s to queue...' % value
        q.put(value)
    lock.release()  # 释放锁

# 读数据进程执行的代码:
def read(q):
    while True:
        if not q.empty():
            value = q.get(False)
            print 'Get %s from queue.' % value
            time.sleep(0.05)
        else:
            break

if __name__ == '__main__':
    manager = multiprocessing.Manager()
    # 父进程创建Queue, 并传给各个子进程:
    q = manager.Queue()
    lock = manager.Lock()  # 初始化一把锁
    p = Pool(2)
    pw = p.apply_async(write, args=(q, lock))
    time.sleep(0.5)
    pr = p.apply_async(read, args=(q,))
    p.close()
    p.join()
    print
    print 'All data is written and read'
    print pw.successful(), pr.successful(), q.qsize()
