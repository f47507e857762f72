# -*- coding:utf-8 -*-
# 打印模块名, 父进程号和当前进程号: 子进程的父进程就是主进程
from multiprocessing import Process
import os

def info(title):
    print(title)
    print('module name:', __name__)
    print('process id:', os.getpid())
    print()

def f(name, parent):
    info('function f')
    print('parent is main process:', os.getppid() == parent)
    print('hello', name)

if __name__ == '__main__':
    info('main process line')
    p = Process(target=f, args=('bob', os.getpid()))
    p.start()
    p.join()
    print('child pid differs from main pid:', p.pid != os.getpid())
