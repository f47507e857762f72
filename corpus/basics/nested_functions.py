# -*- coding:utf-8 -*-
# 嵌套函数和闭包: 内层函数读取外层变量, 把函数当参数传递

def make_worker(prefix):
    count = 0

    def work(item):
        nonlocal count
        count += 1
        return '%s-%d: %s' % (prefix, count, item)

    return work

def apply_all(func, items):
    results = []
    for item in items:
        results.append(func(item))
    return results

def outer():
    x = 'outer x'

    def inner():
        return x.upper()

    x = 'changed before call'  # 闭包读取的是调用时的值
    return inner()

def callback_func(n):
    container.append(n)

container = []

if __name__ == '__main__':
    w = make_worker('w')
    print(apply_all(w, ['a.jpg', 'b.jpg']))
    print(w('c.jpg'))
    w2 = make_worker('other')
    print(w2('x'), w('d.jpg'))
    print(outer())
    for i in range(3):
        callback_func(i * 10)
    print(container)
    wrapped = lambda item: (item[0], len(item[1]))
    print(apply_all(wrapped, [(0, 'abc'), (1, '听音乐')]))
    adders = [lambda x, n=n: x + n for n in range(3)]
    print([f(10) for f in adders])
    late = [lambda x: x + n for n in range(3)]
    print([f(10) for f in late])
