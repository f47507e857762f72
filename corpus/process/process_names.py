# -*- coding:utf-8 -*-
# 进程名: 默认的 Process-N, 自定义的 name=, current_process().name, 改名
from multiprocessing import Process, current_process
import time

def task(delay):
    time.sleep(delay)
    me = current_process()
    print('in child: name=%s' % me.name)

if __name__ == '__main__':
    print('main name:', current_process().name)
    p1 = Process(target=task, args=(0.1,))
    p2 = Process(target=task, args=(0.3,), name='任务2')
    p3 = Process(target=task, args=(0.5,))
    print(p1.name, p2.name, p3.name)
    p3.name = 'renamed-' + p3.name
    for p in (p1, p2, p3):
        p.start()
    for p in (p1, p2, p3):
        p.join()
    print([p.name for p in (p1, p2, p3)])
    p4 = Process(target=task, args=(0,))
    print('a later process keeps counting:', p4.name)
    print(repr(current_process().name), current_process().name == 'MainProcess')
