# -*- coding:utf-8 -*-
# Value/Array 用 ctypes 类型 (c_double, c_int, c_bool) 代替类型码; 共用一把 RLock;
# with v: 持有 v 的锁 (Python 3); ctypes 对象本身: c_int(5), sizeof
from multiprocessing import Process, Value, Array, RLock
from ctypes import c_double, c_int, c_bool, sizeof
import ctypes

def deposit(balance, history, done, amount):
    with balance:
        balance.value += amount
    history[1:3] = [amount, amount * 2]
    done.value = True

if __name__ == '__main__':
    shared_lock = RLock()
    balance = Value(c_double, 100.5, lock=shared_lock)
    history = Array(c_int, range(5))
    done = Value(c_bool, False)
    p = Process(target=deposit, args=(balance, history, done, 20))
    p.start()
    p.join()
    print('余额:', balance.value, '记录:', history[:], '完成:', done.value)
    print('同一把锁:', balance.get_lock() is shared_lock, type(history).__name__)
    count = ctypes.c_int(5)
    print(count, count.value, type(count).__name__, sizeof(count), sizeof(ctypes.c_double))
    count.value = 2 ** 31
    print('溢出后:', count.value)
    big = Value(ctypes.c_long, 2 ** 40)
    print('c_long:', big.value)
