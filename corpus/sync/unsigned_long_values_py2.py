# -*- coding:utf-8 -*-
# 无符号共享变量: Python 2 里 'L' 和 'I' 读出来是 long
from multiprocessing import Process, Value, Array, Manager


def add(total, counts, shared_arr, i):
    with total.get_lock():
        total.value += 10L * i
    counts[i] = counts[i] + 1L
    shared_arr[i] = i * 100L


if __name__ == '__main__':
    manager = Manager()
    total = Value('L', 0)
    counts = Array('I', 3)
    shared_arr = manager.Array('L', [0, 0, 0])
    for i in range(3):
        p = Process(target=add, args=(total, counts, shared_arr, i))
        p.start()
        p.join()
    print total
    print total.value, repr(total.value)
    print counts[:], counts[1L], sum(counts)
    print shared_arr, shared_arr[2], repr(shared_arr[2])
    big = Value('l', 10L)
    print big, repr(big.value)
    ratio = Value('d', 3L)
    print ratio.value
    print manager.Array('l', [1L, 2]), manager.Value('L', 5L)
    manager.shutdown()
