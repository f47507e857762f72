# -*- coding:utf-8 -*-
# 写进程随机睡眠地写入, 读进程读到队列为空就退出 (先 join 写进程, 再启动读进程)
from multiprocessing import Process, Queue
import os, time, random

def write(q):
    random.seed(1)  # 固定随机数, 每次运行的睡眠时间相同
    for value in ['A', 'B', 'C']:
        print 'Put %s to queue...' % value
        q.put(value)
        time.sleep(random.random())

def read(q):
    random.seed(2)
    while True:
        if not q.empty():
            value = q.get(True)
            print 'Get %s from queue.' % value
            time.sleep(random.random())
        else:
            break

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pw.join()
    pr.start()
    pr.join()
    print
    print 'All data is written and read'
