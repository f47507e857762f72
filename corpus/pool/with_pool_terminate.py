# -*- coding:utf-8 -*-
# py2ts: timing="seconds"
# with Pool() as p: 退出 with 时调用 terminate(), 没做完的任务直接被终止
from multiprocessing import Pool
import time

def sleepy(x):
    time.sleep(x)
    return x

if __name__ == '__main__':
    start = time.time()
    with Pool(2) as p:
        print(p.map(sleepy, [0.1, 0.2]))
        slow = p.apply_async(sleepy, (5,))
        print(repr(p))
    print(repr(p))
    print('退出 with 用了 %0.1f seconds' % (time.time() - start))   # 不会等 5 秒的任务
    print(len(p._pool), all(w.exitcode is not None for w in p._pool))   # 工作进程都已经结束
    print(slow.ready())
    try:
        p.map(sleepy, [1])
    except ValueError as e:
        print(e)
