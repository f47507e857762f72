# -*- coding: utf-8 -*-
# 用 functools.partial 固定参数后交给进程池；reduce 汇总结果；cmp_to_key 排序
import functools
from functools import partial, reduce, cmp_to_key
from multiprocessing import Pool, Queue, Process


def power(base, exp, scale=1):
    return scale * base ** exp


def by_remainder(a, b):
    return (a % 3) - (b % 3) or a - b


def consume(q, f):
    print('子进程: %s' % f(3))
    q.put(f)


if __name__ == '__main__':
    square = partial(power, exp=2)
    cube = functools.partial(power, exp=3, scale=10)
    print(square(4), cube(2), square(3, scale=2))
    print(square.func is power, square.args, sorted(square.keywords.items()))
    twice = partial(partial(power, 2), 5)
    print(twice(), twice.args)
    pool = Pool(2)
    results = pool.map(square, [1, 2, 3])
    print(results, pool.map(partial(power, 2), [1, 2, 3]))
    print(pool.apply(cube, (4,)))
    pool.close()
    pool.join()
    q = Queue()
    p = Process(target=consume, args=(q, cube))
    p.start()
    back = q.get()
    p.join()
    print('回来的 partial: %s' % back(1))
    print(reduce(lambda a, b: a * b, results), reduce(lambda a, b: a + b, [], 7))
    print(sorted([5, 1, 4, 3, 9, 6], key=cmp_to_key(by_remainder)))
    try:
        partial(5)
    except TypeError as e:
        print(e)
