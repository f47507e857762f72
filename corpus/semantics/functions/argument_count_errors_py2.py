# -*- coding:utf-8 -*-
# Python 2: 参数个数不对时的 TypeError 信息 (takes exactly / at most / at least)


class Worker:
    def __init__(self, name):
        self.name = name

    def work(self, task):
        return '%s 完成 %s' % (self.name, task)

    @staticmethod
    def check(a, b):
        return a == b

    def work_all(self):
        return self.work()


def add(a, b):
    return a + b


def square(x):
    return x * x


def report(name, level=1):
    return '%s:%d' % (name, level)


def total(first, *rest):
    return first + sum(rest)


def call_with(func, *args):
    return func(*args)


def attempt(title, func):
    try:
        result = func()
    except TypeError as e:
        print title, '-> TypeError:', e
    else:
        print title, '->', result


if __name__ == '__main__':
    w = Worker('工人')
    g = add
    table = {'square': square}
    attempt('方法多给参数', lambda: w.work('扫地', '拖地'))
    attempt('方法少给参数', lambda: w.work())
    attempt('self 调用', lambda: w.work_all())
    attempt('静态方法', lambda: Worker.check(1))
    attempt('构造函数', lambda: Worker())
    attempt('变量里的函数', lambda: g(1))
    attempt('默认参数', lambda: call_with(report, 'a', 2, 3))
    attempt('*rest 至少一个', lambda: call_with(total))
    attempt('字典里的函数', lambda: table['square'](1, 2))
    attempt('绑定方法', lambda: call_with(w.work, 1, 2))
    print g(1, 2), call_with(report, 'b'), call_with(total, 1, 2, 3), w.work('洗碗')
    attempt('map', lambda: map(add, [1, 2]))
    attempt('map 补 None', lambda: map(square, [1, 2], [3]))
    attempt('filter', lambda: filter(add, [1, 2]))
    attempt('sorted cmp', lambda: sorted([3, 1], cmp=square))
    attempt('min key', lambda: min([3, 1], key=add))
    attempt('reduce', lambda: reduce(square, [1, 2, 3]))
    print map(add, [1, 2], [3, 4]), sorted([3, 1, 2], key=square), reduce(add, [1, 2, 3])
