# -*- coding:utf-8 -*-
# 任务函数要能在子进程里按名字找到: lambda 和函数里定义的函数都不能发送 (pickle)
from multiprocessing import Pool

def make_adder(n):
    def add(x):
        return x + n
    return add

def double(x):
    return x * 2

if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
        try:
            pool.map(lambda x: x * 3, [1, 2, 3])
        except Exception as e:
            print(type(e).__name__, type(e).__module__, str(e).startswith("Can't pickle <function <lambda> at 0x"))
        try:
            pool.apply(make_adder(5), (1,))
        except Exception as e:
            print(type(e).__name__, e)
        r = pool.apply_async(lambda: 1, error_callback=lambda e: print('error_callback:', type(e).__name__))
        try:
            r.get(timeout=5)
        except Exception as e:
            print('get:', type(e).__name__)
        print(pool.map(abs, [-1, -2]), pool.apply(len, ('abc',)), pool.map(str, [1, 2]))
