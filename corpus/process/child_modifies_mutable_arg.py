# -*- coding:utf-8 -*-
# 通过 args 传给子进程的列表和字典: 子进程修改的是自己的拷贝, 主进程看不到
from multiprocessing import Process

def func(dt, lt):
    for i in range(10):
        key = 'arg' + str(i)
        dt[key] = i * i
    lt += range(11, 16)
    print('in func:', len(dt), lt)

if __name__ == '__main__':
    dt = {}
    lt = []
    p = Process(target=func, args=(dt, lt))
    p.start()
    p.join()
    print('in parent:', dt, '\n', lt)
    func(dt, lt)   # 在主进程里直接调用才会修改
    print('after direct call:', sorted(dt.items())[:3], lt)
