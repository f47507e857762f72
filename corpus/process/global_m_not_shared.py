# -*- coding:utf-8 -*-
# 全局变量 m: 每个子进程各自拥有一份, 互不影响, 主进程里的 m 也不变
import os
from multiprocessing import Process
from time import sleep

m = 1

def test1(x):
    global m
    for i in range(3):
        sleep(x)
        m = m + 1
        print("这是任务1", '子', os.getpid(), '父', os.getppid(), m)

def test2(a):
    global m
    for i in range(2):
        sleep(a)
        m = m + 10
        print('这是任务2', '子', os.getpid(), '父', os.getppid(), m)

if __name__ == '__main__':
    m = 100   # 在 start() 之前修改: fork 出来的子进程会看到 100
    p = Process(target=test1, name='任务1', args=(0.2,))
    p.start()
    print(p.name)
    p1 = Process(target=test2, name="任务2", args=(0.5,))
    p1.start()
    print(p1.name)
    m = 5000  # 在 start() 之后修改: 子进程看不到
    p.join()
    p1.join()
    print('主进程', os.getpid(), m)
