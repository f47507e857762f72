# -*- coding:utf-8 -*-
# 函数: 默认参数, 关键字参数, 参数顺序

def do_work(work_items, num_threads=None, per_sync_timeout=1, preserve_result_ordering=True):
    if not num_threads:
        num_threads = len(work_items)
    print('items=%s threads=%s timeout=%s ordered=%s' % (
        work_items, num_threads, per_sync_timeout, preserve_result_ordering))

def greet(name, greeting='hello', punct='!'):
    return greeting + ', ' + name + punct

def process(target, args=(), name=None):
    label = name if name is not None else 'Process-1'
    print(label, target(*args))

def add(a, b):
    return a + b

if __name__ == '__main__':
    do_work(['u1', 'u2'])
    do_work(['u1'], 4)
    do_work(['u1', 'u2', 'u3'], per_sync_timeout=5)
    do_work(work_items=[], num_threads=2, preserve_result_ordering=False)
    print(greet('bob'))
    print(greet('bob', 'hi'))
    print(greet('bob', punct='?'))
    print(greet(punct='.', name='任务2', greeting='你好'))
    process(add, args=(20, 30))
    process(target=add, args=(1, 2), name='worker')
    process(len, ('abc',))
    try:
        greet()
    except TypeError as e:
        print('TypeError:', e)
    try:
        greet('a', name='b')
    except TypeError as e:
        print('TypeError:', e)
