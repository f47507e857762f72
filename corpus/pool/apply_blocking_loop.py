# -*- coding:utf-8 -*-
# py2ts: timing="用时"
# 阻塞式: pool.apply 添加一个任务就等它执行完, 再添加下一个, 所以任务一个一个地执行
import os
import time
from multiprocessing import Pool

def task(task_name):
    print('开始做任务', task_name)
    start = time.time()
    time.sleep(0.3)
    end = time.time()
    print('完成任务', task_name, '用时 %0.1f' % (end - start))
    return os.getpid()

if __name__ == '__main__':
    pool = Pool(5)
    tasks = ['听音乐', '吃饭', '洗衣服', '打游戏']
    start = time.time()
    pids = []
    for name in tasks:
        pids.append(pool.apply(task, args=(name,)))   #阻塞
    print('所有任务总用时 %0.1f' % (time.time() - start))
    print('在池中的进程里运行:', all(pid != os.getpid() for pid in pids))
    pool.close()
    pool.join()
