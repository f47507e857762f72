# -*- coding:utf-8 -*-
# 无符号共享变量: Python 3 里 'L' 和 'I' 是普通的 int
from multiprocessing import Process, Value, Array, Manager


def add(total, counts, shared_arr, i):
    with total.get_lock():
        total.value += 10 * i
    counts[i] = counts[i] + 1
    shared_arr[i] = i * 100


if __name__ == '__main__':
    with Manager() as manager:
        total = Value('L', 0)
        counts = Array('I', 3)
        shared_arr = manager.Array('L', [0, 0, 0])
        for i in range(3):
            p = Process(target=add, args=(total, counts, shared_arr, i))
            p.start()
            p.join()
        print(total)
        print(total.value, repr(total.value))
        print(counts[:], sum(counts))
        print(shared_arr, repr(shared_arr[2]))
        wrapped = Value('L', -1)
        print(wrapped.value)
        print(manager.Array('Q', [2 ** 64 - 1]), manager.Value('L', 5))
