# -*- coding:utf-8 -*-
# ProcessPoolExecutor 的参数错误, lambda 不能发送, 回调里的异常被记录下来
from concurrent.futures import ProcessPoolExecutor

def double(x):
    return x * 2

if __name__ == '__main__':
    for bad in [0, -1]:
        try:
            ProcessPoolExecutor(max_workers=bad)
        except ValueError as e:
            print(e)
    try:
        ProcessPoolExecutor(initializer=3)
    except TypeError as e:
        print(e)
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(lambda x: x, 1)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, str(e).startswith("Can't pickle <function <lambda>"))
        try:
            ex.map(double, [1], chunksize=0)
        except ValueError as e:
            print(e)
        print(ex.submit(double, 21).result())
