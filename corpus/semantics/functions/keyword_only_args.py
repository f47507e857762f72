# -*- coding:utf-8 -*-
# 仅限关键字参数 (* 之后) 和仅限位置参数 (/ 之前)

def put(item, *, block=True, timeout=None):
    return 'put %s block=%s timeout=%s' % (item, block, timeout)

def get(q, /, block=True, *, timeout=None):
    return 'get from %s block=%s timeout=%s' % (q, block, timeout)

def log(*messages, level='INFO', sep=' '):
    print(level + ':' + sep.join(str(m) for m in messages))

def required_kw(*, name):
    return 'name=' + name

if __name__ == '__main__':
    print(put('a'))
    print(put('b', timeout=4))
    print(put('c', block=False, timeout=0.5))
    print(get('q1'), '|', get('q2', False, timeout=2))
    log('work_queue joined')
    log('found result', 1, 2.5, level='DEBUG')
    log('a', 'b', sep=', ', level='WARNING')
    print(required_kw(name='bob'))
    for call in [lambda: put('x', True), lambda: required_kw(), lambda: get(q='q'),
                 lambda: required_kw('bob')]:
        try:
            print(call())
        except TypeError as e:
            print('TypeError:', e)
    print(put.__kwdefaults__, get.__defaults__)
