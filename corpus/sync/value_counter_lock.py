# -*- coding:utf-8 -*-
# Value 计数器: 4 个进程各加 200 次, 用 get_lock() 保护 += 操作, 结果是 800
from multiprocessing import Process, Value

def add_many(counter, total, times):
    for i in range(times):
        with counter.get_lock():
            counter.value += 1
        with total.get_lock():
            total.value += 0.5

if __name__ == '__main__':
    counter = Value('i', 0)
    total = Value('d', 0.0)
    print(counter.value, total.value, type(counter.value).__name__, type(total.value).__name__)
    procs = [Process(target=add_many, args=(counter, total, 200)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('counter =', counter.value)
    print('total =', total.value)
    flag = Value('b', True)
    big = Value('q', 2 ** 40)
    ch = Value('c', b'x')
    print(flag.value, big.value * 2, ch.value)
    counter.value = 7
    print(counter.value, Value('i', -3).value, Value('d', 2).value)
