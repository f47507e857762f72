# -*- coding:utf-8 -*-
# Python 2 的计算循环: 快速版本里的整数仍是 Python 2 的 int; 10L 这样的 long
# 和超过 sys.maxint 的累加结果必须仍然是 long (repr 带 L), / 是向下取整的除法.


def work(n):
    total = 0
    for i in xrange(n):
        total += i * i % 7
    return total


def longs(n):
    a = 0L
    b = 0
    k = 3L
    for i in range(n):
        a += i * 2
        b += i * k
    return a, b


def classic(n):
    q = 0
    for i in range(1, n):
        q += i / 3 + (-i) / 4 + i % -5
    return q


def past(n):
    t = 0
    for i in xrange(n):
        t += i * i * i
    return t


def zero(n):
    z = 7
    for i in range(n):
        z = i * -2
    return z, repr(z), str(float(z))


if __name__ == '__main__':
    print work(1000), work(100000), work(2 ** 20)
    print longs(10), repr(longs(10))
    print classic(100), classic(1)
    print past(1000), past(300000), repr(past(10)), repr(past(300000))
    print zero(1), zero(4)
