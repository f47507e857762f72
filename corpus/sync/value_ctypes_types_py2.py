# -*- coding:utf-8 -*-
# Value/Array 用 ctypes 类型 (Python 2); Python 2.7 的 Synchronized 没有 __enter__/__exit__:
# 最后的 with v: 是 AttributeError: __exit__ (要用 with v.get_lock():)
from multiprocessing import Process, Value, Array
from ctypes import c_double, c_int, sizeof
import ctypes

def deposit(balance, history, amount):
    with balance.get_lock():
        balance.value += amount
    history[1:3] = [amount, amount * 2]

if __name__ == '__main__':
    balance = Value(c_double, 100.5)
    history = Array(c_int, range(5))
    p = Process(target=deposit, args=(balance, history, 20))
    p.start()
    p.join()
    print '余额:', balance.value, '记录:', history[:]
    count = ctypes.c_int(5)
    print count, count.value, type(count).__name__, sizeof(count), sizeof(ctypes.c_double)
    print hasattr(balance, '__enter__'), hasattr(balance.get_lock(), '__enter__')
    with balance:
        print '不会打印'
