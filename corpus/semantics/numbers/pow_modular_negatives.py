# -*- coding:utf-8 -*-
# ** 和 pow(a, b, m): 负数底数, 负指数, 负模数, 模逆元

if __name__ == '__main__':
    print(2 ** 10, (-2) ** 3, -2 ** 2, 2 ** -2, (-2) ** -3, 0 ** 0, 0.0 ** 0)
    print(2 ** 3 ** 2, (2 ** 3) ** 2, 10 ** 0.5, 8 ** (1 / 3))
    print(pow(2, 10), pow(2, 0.5), pow(2, -1), pow(-1, 1000001))
    print(pow(3, 200, 1000), pow(3, 200, 1000000007))
    print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7), pow(-2, 5, 10))
    print(pow(2, -1, 7), pow(3, -2, 11), pow(-5, -1, 13))
    print(pow(12345678901234567890, 65537, 2 ** 61 - 1))
    print(pow(7, 0, 5), pow(7, 0, 1), pow(0, 0, 3))
    print(1.5 ** 2, 2.0 ** 64, 10.0 ** -3, (-8.0) ** 2)
    print(2 ** 0.0, 1 ** 1e308, (-1) ** 0.0)
    try:
        print(pow(2, -1, 4))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(0 ** -1)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(pow(2, 3, 0))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(2 ** 0.5 ** -1 ** 3 / 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(pow(2.0, 3, 5))
    except TypeError as e:
        print('TypeError:', e)
    x = 3
    x **= 4
    print(x, x ** 10)
