# -*- coding:utf-8 -*-
# 关键字参数: 按名字传参, 和位置参数混用, 错误信息

def apply_async(func, args=(), kwds=None, callback=None):
    kwds = kwds or {}
    result = func(*args, **kwds)
    if callback is not None:
        callback(result)
    return result

def task(task_name, times=1, sep=' '):
    return sep.join([task_name] * times)

def Bar(arg):
    print('-->exec done:', arg)

if __name__ == '__main__':
    apply_async(task, args=('吃饭',), callback=Bar)
    apply_async(func=task, args=('散步', 2), callback=Bar)
    apply_async(task, ('听音乐',), {'times': 3, 'sep': '-'}, Bar)
    print(apply_async(task, kwds={'task_name': 'x', 'times': 2}))
    print(task(times=2, task_name='y'), task('z', sep='+', times=3))
    for call in [lambda: task(), lambda: task('a', 1, ',', 'extra'),
                 lambda: task('a', bogus=1), lambda: task('a', times=1, **{'times': 2})]:
        try:
            call()
        except TypeError as e:
            print('TypeError:', e)
    print(sorted([3, 1, 2], reverse=True), dict(name='bob', age=3), int('11', base=2))
    print('a', 'b', sep=':'), print(end='')
