# -*- coding:utf-8 -*-
# *args 和 **kwargs: 收集多余参数, 调用时展开

def info(title, *args, **kwargs):
    print(title, args, kwargs)

def total(*numbers):
    result = 0
    for n in numbers:
        result += n
    return result

def wrapper(func, *args, **kwargs):
    print('calling', func.__name__, 'with', args, sorted(kwargs.items()))
    return func(*args, **kwargs)

def point(x, y, z=0):
    return (x, y, z)

if __name__ == '__main__':
    info('main process line')
    info('a', 1, 2)
    info('b', key='v', n=3)
    info('c', 1, *[2, 3], **{'k': 'v'})
    print(total(), total(1, 2, 3), total(*range(101)))
    print(wrapper(point, 1, 2), wrapper(point, 1, y=5, z=9))
    args = (3, 4)
    kw = {'z': 5}
    print(point(*args), point(*args, **kw), point(1, *[2]), point(**{'x': 0, 'y': 0}))
    print(point(*'ab'), point(*(i for i in range(3))))
    merged = dict({'a': 1}, **{'b': 2})
    print(merged, {**merged, 'c': 3}, [*range(3), *'xy'], (*args, 0))
    def f(a, *rest, last='L', **opts):
        return a, rest, last, opts
    print(f(1), f(1, 2, 3, last='Z', q=1))
    try:
        point(1, 2, 3, 4)
    except TypeError as e:
        print('TypeError:', e)
    try:
        point(*[1], **{'x': 2})
    except TypeError as e:
        print('TypeError:', e)
