# -*- coding:utf-8 -*-
# 除以零的错误信息: int / int 是 "division by zero", 有 float 参与是 "float division by zero",
# // 和 % 和 divmod 各有各的说法. 局部变量先保存商 (编译器把它当作普通的浮点数) 也一样.


def show(name, fn, *args):
    try:
        print(name, fn(*args))
    except ZeroDivisionError as e:
        print(name, '->', e)


def ratio(x):
    r = 10 / x
    return r


def float_ratio(x):
    r = 10.0 / x
    return r


def shrink(x):
    r = 1.5
    r /= x
    return r


def floor_part(x):
    q = 10 // x
    return q


def rest(x):
    m = 10 % x
    return m


def float_floor(x):
    q = 2.5 // x
    return q


def mean(total, count):
    avg = total / count
    return avg


def series(n):
    acc = 0.0
    for i in range(n):
        acc += 1 / (i - 2)
    return acc


if __name__ == '__main__':
    show('ratio', ratio, 0)
    show('ratio', ratio, 4)
    show('float_ratio', float_ratio, 0)
    show('shrink', shrink, 0)
    show('floor_part', floor_part, 0)
    show('rest', rest, 0)
    show('float_floor', float_floor, 0)
    show('mean', mean, 1, 0)
    show('mean', mean, 10 ** 400, 10 ** 399)
    show('mean', mean, 2 ** 60 + 1, 3)
    show('series', series, 2)
    show('series', series, 5)
    show('divmod', divmod, 7, 0)
    show('divmod', divmod, 7.0, 0)
    show('generic', lambda a, b: a / b, 1, 0)
    show('generic', lambda a, b: a / b, 1.0, 0)
    show('generic', lambda a, b: a % b, 1, 0)
    show('generic', lambda a, b: a // b, 1.0, 0)
    # 没有被捕获的错误: 回溯信息的最后一行
    ratio(0)
