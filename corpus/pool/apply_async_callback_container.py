# -*- coding:utf-8 -*-
# py2ts: timing="用时"
# 非阻塞: apply_async 立即返回, 任务完成后把结果交给回调函数 callback_func
import os
import time
from multiprocessing import Pool

def task(task_name, seconds):
    print('开始做任务', task_name)
    start = time.time()
    time.sleep(seconds)    #模拟做任务
    end = time.time()
    return '完成任务', task_name, '用时', round(end - start, 1), os.getpid() != 0

container = []
def callback_func(n):
    # 回调函数在主进程里运行, 所以能把结果放进主进程的列表
    container.append(n)

if __name__ == '__main__':
    pool = Pool(5)
    tasks = ['听音乐', '吃饭', '洗衣服', '打游戏', '散步', '看孩子', '做饭']
    seconds = [0.9, 0.7, 0.5, 0.3, 0.1, 0.12, 0.42]
    for i, name in enumerate(tasks):
        # 用时不同的任务: 回调按完成的先后顺序执行
        pool.apply_async(task, args=(name, seconds[i]), callback=callback_func)
    pool.close()
    pool.join()
    for c in container:
        print(c)
    print('共', len(container), '个结果')
