# -*- coding:utf-8 -*-
# 进程池的各种 map: map / map_async / imap / imap_unordered / starmap, 还有 chunksize
from multiprocessing import Pool
import time

def square(x):
    return x * x

def power(base, exp):
    return base ** exp

def slow_square(x):
    time.sleep(0.05 * (5 - x))
    return x * x

def show(result):
    print('map_async 回调:', result)

def numbers():
    yield 1
    yield 2
    raise ValueError('坏数据')

if __name__ == '__main__':
    with Pool(4) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=3))
        print(pool.map(square, []))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        r = pool.map_async(square, [1, 2, 3], callback=show)
        print(r.get(timeout=5))
        r = pool.starmap_async(power, zip([1, 2, 3], [3, 3, 3]))
        r.wait()
        print(r.ready(), r.successful(), r.get())
        it = pool.imap(square, range(6))
        print(next(it), next(it), list(it))
        print(list(pool.imap(square, range(7), chunksize=3)))
        # imap_unordered 按完成的先后给出结果
        print(list(pool.imap_unordered(slow_square, range(5))))
        print(sorted(pool.imap_unordered(square, range(9), 2)))
        for i, value in enumerate(pool.imap(str, ['a', 'b']), 1):
            print(i, repr(value))
        try:
            for x in pool.imap(square, numbers()):
                print('imap 得到', x)
        except ValueError as e:
            print('imap 抛出:', e)
        try:
            pool.imap(square, range(3), chunksize=0)
        except ValueError as e:
            print(e)
