# -*- coding:utf-8 -*-
# py2ts: timing="seconds\\." unordered="^子进程"
# 进程池 Pool(8): 16 个任务, 每个约 1 秒, 8 个一批, 总共约 2 秒
from multiprocessing import Pool
import os, time

def run_task(name):
    for step in range(4):
        time.sleep(0.25)
        print('子进程 %s 第 %d 步 (%s)' % (name, step, os.getpid()))
    return name

if __name__ == '__main__':
    print('主进程 (%s) 开始' % os.getpid())
    start = time.time()
    p = Pool(8)
    results = []
    for i in range(16):
        results.append(p.apply_async(run_task, args=('任务' + str(i),)))
    print('等待所有子进程完成 ...')
    p.close()
    p.join()
    print('全部完成:', [r.get() for r in results][:3], '...')
    print('一共用了 %0.2f seconds.' % (time.time() - start))
