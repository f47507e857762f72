# -*- coding:utf-8 -*-
# Python 2 进程池: 任务函数参数个数不对时的 TypeError
from multiprocessing import Pool


def power(base, exp):
    return base ** exp


def double(x):
    return x * 2


if __name__ == '__main__':
    pool = Pool(2)
    for title, run in [('map', lambda: pool.map(power, [1, 2, 3])),
                       ('imap', lambda: list(pool.imap(power, [1, 2]))),
                       ('map_async', lambda: pool.map_async(double, [(1, 2)]).get(5)),
                       ('apply', lambda: pool.apply(double, (1, 2))),
                       ('apply_async', lambda: pool.apply_async(power, (1,)).get(5))]:
        try:
            result = run()
        except TypeError as e:
            print title, '-> TypeError:', e
        else:
            print title, '->', result
    print pool.map(double, [1, 2, 3])
    pool.close()
    pool.join()
    print '主进程结束'
