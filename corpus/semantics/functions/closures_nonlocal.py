# -*- coding:utf-8 -*-
# 闭包和 nonlocal: 每次调用外层函数都产生新的变量单元

def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def current():
        return count

    return increment, current

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 4)]

def outer():
    level = 'outer'

    def middle():
        level = 'middle'

        def inner():
            nonlocal level
            level = 'changed by inner'
            return level
        inner()
        return level
    result = middle()
    return level, result

m = 1

def use_global():
    global m
    m = m + 1

    def read_global():
        return m * 10
    return read_global()

if __name__ == '__main__':
    inc, cur = make_counter()
    inc()
    inc(5)
    print(cur(), inc(), cur())
    inc2, cur2 = make_counter(100)
    print(inc2(), cur(), cur2())
    print([f(10) for f in make_multipliers()])
    print(outer())
    print(use_global(), use_global(), m)
    print(inc.__name__, cur.__name__)
