# -*- coding: utf-8 -*-
# 模块级的 lambda：fork 出来的子进程（Process 和 Pool 的工作进程）直接继承它，
# 可以在任务函数里调用；但把 lambda 本身交给 pool.map 要 pickle，会失败
from multiprocessing import Pool, Process

OFFSET = 1
square = lambda x: x * x
shifted = lambda x, step=10: square(x) + OFFSET * step


def show(x):
    print('子进程: square(%d) = %d, shifted(%d) = %d' % (x, square(x), x, shifted(x)))


def work(x):
    return square(x) + OFFSET


if __name__ == '__main__':
    p = Process(target=show, args=(3,))
    p.start()
    p.join()
    print('exitcode: %d' % p.exitcode)

    # lambda 直接当 Process 的 target 也行：fork 不需要 pickle 它（返回值被丢掉）
    p = Process(target=square, args=(4,))
    p.start()
    p.join()
    print('lambda 当 target: exitcode %d' % p.exitcode)

    pool = Pool(2)
    print(pool.map(work, [1, 2, 3]))
    try:
        pool.map(square, [1, 2, 3])
    except Exception as e:
        print('pool.map(square) 失败: %s' % type(e).__name__)
    pool.close()
    pool.join()
