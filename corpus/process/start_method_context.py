# -*- coding:utf-8 -*-
# 启动方式与上下文: set_start_method('fork') 只能设一次 (创建锁/队列/进程池之后也算已设),
# get_start_method(allow_none=True), get_context('fork') 的 Process/Pool/Queue/Lock 方法及其参数错误
import multiprocessing as mp
from multiprocessing import get_context
import os

def square(n):
    return n * n

def report(q, lock, name):
    with lock:
        q.put('%s 完成 (子进程: %s)' % (name, os.getpid() != MAIN_PID))

def label(n):
    return PREFIX + str(n)

def setup(prefix):
    global PREFIX
    PREFIX = prefix

MAIN_PID = os.getpid()

if __name__ == '__main__':
    print('开始时:', mp.get_start_method(allow_none=True))
    mp.set_start_method('fork')
    print('设置后:', mp.get_start_method(), mp.get_all_start_methods()[0])
    try:
        mp.set_start_method('fork')
    except RuntimeError as e:
        print('再设一次:', e)
    mp.set_start_method(None, force=True)
    lock = mp.Lock()
    print('创建锁之后:', mp.get_start_method(allow_none=True))

    ctx = get_context('fork')
    print(type(ctx).__name__, ctx.get_start_method(), ctx.get_context() is ctx)
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(6)))
    with ctx.Pool(processes=2, initializer=setup, initargs=('第',)) as pool:
        print(pool.map(label, [1, 2, 3]))
    q = ctx.Queue()
    workers = [ctx.Process(target=report, args=(q, lock, '任务%d' % i), name='工人%d' % i) for i in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sorted(q.get() for _ in workers), [w.name for w in workers], [w.exitcode for w in workers])
    sem = ctx.Semaphore(value=2)
    print('信号量:', sem.get_value())
    for call in (lambda: ctx.Pool(size=2), lambda: ctx.Queue(1, 2), lambda: ctx.Barrier(), lambda: ctx.set_start_method('fork')):
        try:
            call()
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ':', e)
    try:
        get_context('threads')
    except ValueError as e:
        print('ValueError:', e)
