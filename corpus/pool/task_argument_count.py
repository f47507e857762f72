# -*- coding:utf-8 -*-
# 进程池任务函数的参数个数不对: 子进程里的 TypeError 在调用 map 的地方重新抛出
from multiprocessing import Pool


def power(base, exp):
    return base ** exp


def double(x):
    return x * 2


if __name__ == '__main__':
    with Pool(2) as pool:
        for title, run in [('map', lambda: pool.map(power, [1, 2, 3])),
                           ('imap', lambda: list(pool.imap(power, [1, 2]))),
                           ('imap_unordered', lambda: list(pool.imap_unordered(power, [1, 2]))),
                           ('starmap', lambda: pool.starmap(power, [(2, 3), (4,)])),
                           ('starmap 多给', lambda: pool.starmap(double, [(1, 2)])),
                           ('map_async', lambda: pool.map_async(power, [5]).get(timeout=5)),
                           ('apply', lambda: pool.apply(double, (1, 2))),
                           ('apply_async', lambda: pool.apply_async(power, (1,)).get(timeout=5))]:
            try:
                print(title, '->', run())
            except TypeError as e:
                print(title, '-> TypeError:', e)
        print(pool.map(double, [1, 2, 3]), pool.starmap(power, [(2, 3), (3, 2)]))
    print('主进程结束')
