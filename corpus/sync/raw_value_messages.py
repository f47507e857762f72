# -*- coding:utf-8 -*-
# lock=False 的共享变量也只能靠继承传给子进程, 不能经过 Pipe 或进程池
from multiprocessing import Pool, Pipe, Process, Value, RawArray


def double(x):
    return x * 2


def show(counter, arr):
    print('child', counter.value, arr[:])


if __name__ == '__main__':
    counter = Value('i', 7, lock=False)
    arr = RawArray('d', [1.5, 2.5])
    p = Process(target=show, args=(counter, arr))
    p.start()
    p.join()
    a, b = Pipe()
    for obj in [counter, arr]:
        try:
            a.send(obj)
        except RuntimeError as e:
            print('Pipe:', e)
    with Pool(1) as pool:
        try:
            pool.apply(double, (arr,))
        except RuntimeError as e:
            print('Pool:', e)
