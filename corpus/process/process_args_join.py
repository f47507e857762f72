# -*- coding:utf-8 -*-
# py2ts: timing="seconds"
# 最简单的子进程: Process(target=f, args=('bob',)), start, join
from multiprocessing import Process
import time

def f(name):
    time.sleep(0.5)
    print('hello', name)

if __name__ == '__main__':
    start = time.time()
    p = Process(target=f, args=('bob',))
    p.start()
    print('started, waiting for the child')
    p.join()
    print('child finished, exitcode', p.exitcode)
    print('ran %0.2f seconds' % (time.time() - start))
