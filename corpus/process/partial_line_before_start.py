# -*- coding:utf-8 -*-
# print(..., end='') 留下的半行: start() 之前主进程会先刷新 stdout, 所以不会在子进程里重复出现
from multiprocessing import Process
import time

def child(name):
    print('[child %s]' % name, end=' ')
    print('line')

if __name__ == '__main__':
    print('partial from parent ', end='')
    p = Process(target=child, args=('p1',))
    p.start()
    p.join()
    print('| parent continues')
    for i in range(3):
        print(i, end=' ')
    q = Process(target=child, args=('p2',))
    q.start()
    time.sleep(0.3)
    print('after child p2')
    q.join()
    print('done')
