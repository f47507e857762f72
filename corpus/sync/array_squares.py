# -*- coding:utf-8 -*-
# Array: 多个子进程各写自己的那一段, 主进程读出完整的结果
from multiprocessing import Process, Array
import time

def fill(arr, low, high):
    for i in range(low, high):
        arr[i] = i * i
    print('filled [%d, %d)' % (low, high))

if __name__ == '__main__':
    arr = Array('i', 12)
    print(arr[:], len(arr))
    procs = []
    for k in range(3):
        p = Process(target=fill, args=(arr, 4 * k, 4 * k + 4))
        procs.append(p)
        p.start()
        p.join()
    print(arr[:])
    print(arr[3], arr[-1], arr[::3], sum(arr), max(arr))
    arr[0:3] = [7, 8, 9]
    print(list(arr)[:4])
    floats = Array('d', [0.5, 1.5, 2.5])
    print(floats[:], floats[1] * 2)
    try:
        arr[12] = 1
    except IndexError as e:
        print('IndexError:', e)
    with arr.get_lock():
        arr[1] += 100
    print(arr[1])
