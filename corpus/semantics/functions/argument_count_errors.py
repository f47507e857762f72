# -*- coding:utf-8 -*-
# 参数个数不对时 Python 报 TypeError: 通过变量、方法、回调调用函数时也一样
from functools import reduce


class Counter(object):
    def __init__(self, name):
        self.name = name
        self.count = 0

    def add(self, n):
        self.count += n
        return self.count

    @staticmethod
    def describe(a, b):
        return '%s-%s' % (a, b)

    @classmethod
    def create(cls, name):
        return cls(name)

    def bump_twice(self):
        return self.add()


def add(a, b):
    return a + b


def square(x):
    return x * x


def greet(name, greeting='你好'):
    return '%s, %s' % (greeting, name)


def run(func, *args):
    return func(*args)


def apply_one(func, x):
    return func(x)


def attempt(title, func):
    try:
        print(title, '->', func())
    except TypeError as e:
        print(title, '-> TypeError:', e)


if __name__ == '__main__':
    c = Counter('计数器')
    f = add
    handlers = {'add': add, 'square': square}
    attempt('方法多给参数', lambda: c.add(1, 2))
    attempt('方法少给参数', lambda: c.add())
    attempt('方法内部 self 调用', lambda: c.bump_twice())
    attempt('静态方法', lambda: Counter.describe(1))
    attempt('类方法', lambda: Counter.create())
    attempt('通过类调用实例方法', lambda: Counter.add(c))
    attempt('构造函数', lambda: Counter())
    attempt('变量里的函数', lambda: f(1))
    attempt('参数里的函数', lambda: apply_one(add, 1))
    attempt('*args 转发', lambda: run(square, 1, 2))
    attempt('字典里的函数', lambda: handlers['add'](1))
    attempt('绑定方法', lambda: run(c.add))
    attempt('lambda', lambda: (lambda a, b: a * b)(3))
    attempt('默认参数', lambda: run(greet, '小明', '早上好', '!'))
    print(f(1, 2), apply_one(square, 4), run(greet, '小红'), c.add(5), handlers['square'](3))
    # 内建函数调用回调时也检查参数个数
    attempt('map', lambda: list(map(add, [1, 2])))
    attempt('map 两个序列', lambda: list(map(square, [1, 2], [3, 4])))
    attempt('filter', lambda: list(filter(add, [1, 2])))
    attempt('sorted key', lambda: sorted([3, 1, 2], key=add))
    attempt('max key', lambda: max([3, 1, 2], key=add))
    attempt('reduce', lambda: reduce(square, [1, 2, 3]))
    attempt('空序列不调用', lambda: list(map(add, [])))
    print(list(map(add, [1, 2], [10, 20])), sorted([3, 1, 2], key=square), reduce(add, [1, 2, 3]))
