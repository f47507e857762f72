# -*- coding:utf-8 -*-
# Python 3: 写进程和读进程同时运行, 读进程用 get(True) 阻塞等待, 写完后放一个 None 通知结束
from multiprocessing import Process, Queue
import time, random


def write(q):
    random.seed(1)  # 固定随机数, 每次运行的睡眠时间相同
    for value in ['A', 'B', 'C', 'D']:
        print('Put %s to queue...' % value)
        q.put(value)
        time.sleep(random.random() * 0.5)
    q.put(None)


def read(q):
    while True:
        value = q.get(True)
        if value is None:
            break
        print('Get %s from queue.' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pr.start()
    pw.start()
    pw.join()
    pr.join()
    print('All data is written and read')
