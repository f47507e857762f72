# -*- coding:utf-8 -*-
# Python 3 的算术: / 总是真除法, // 是向下取整的整除

def show(expr, value):
    print('%-14s -> %r' % (expr, value))

if __name__ == '__main__':
    show('7 / 2', 7 / 2)
    show('10 / 5', 10 / 5)
    show('-7 / 2', -7 / 2)
    show('7 // 2', 7 // 2)
    show('-7 // 2', -7 // 2)
    show('7.5 // 2', 7.5 // 2)
    show('-7 % 3', -7 % 3)
    show('7 % -3', 7 % -3)
    show('7.5 % 2', 7.5 % 2)
    show('2 ** 10', 2 ** 10)
    show('2 ** -2', 2 ** -2)
    show('2 ** 100', 2 ** 100)
    show('(-8) ** 2', (-8) ** 2)
    show('abs(-3.5)', abs(-3.5))
    show('int("42") + 1', int("42") + 1)
    show('float("1.5")', float("1.5"))
    total = sum(range(1, 11))
    print('total', total, 'average', total / 10, total // 10)
    print(1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1.0, 100 / 3)
    x = 10
    x += 5
    x -= 3
    x *= 2
    x //= 5
    x **= 3
    print('x =', x)
    y = 7
    y /= 2
    print('y =', y)
