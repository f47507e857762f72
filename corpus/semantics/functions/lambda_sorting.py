# -*- coding:utf-8 -*-
# lambda: 匿名函数作为 key, 回调, 立即调用, 默认参数捕获

container = []

def callback_func(n):
    container.append(n)

def apply_async(func, args, callback):
    callback(func(*args))

if __name__ == '__main__':
    square = lambda x: x * x
    print(square(7), (lambda a, b=2: a ** b)(3), (lambda *a: len(a))(1, 2, 3))
    tasks = ['听音乐', '吃饭', '洗衣服', '散步']
    for t in tasks:
        apply_async(lambda name: ('完成任务', name, len(name)), (t,), callback_func)
    for c in container:
        print(c)
    print(sorted(container, key=lambda c: (c[2], c[1])))
    wrapped_work_func = lambda work_item: (work_item[0], square(work_item[1]))
    print([wrapped_work_func(item) for item in enumerate([3, 4, 5])])
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
    print([ops[k](6, 3) for k in sorted(ops)])
    compose = lambda f, g: lambda x: f(g(x))
    print(compose(square, lambda x: x + 1)(4), (lambda: 'no args')())
    print(square.__name__, (lambda: 0).__name__)
    print(list(filter(lambda n: n % 2, range(10))), list(map(lambda n: n * 1.5, [1, 2])))
    key_func = lambda kv: -kv[1]
    print(sorted({'a': 1, 'b': 3, 'c': 2}.items(), key=key_func))
