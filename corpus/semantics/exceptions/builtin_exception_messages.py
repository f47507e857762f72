# -*- coding:utf-8 -*-
# 内建异常的消息文本: except ... as e: print(e), 以及 type(e).__name__ 和 repr(e)

def attempt(label, func):
    try:
        func()
    except Exception as e:
        print('%-16s %-18s %s' % (label, type(e).__name__, e))

if __name__ == '__main__':
    d = {'arg0': 0}
    L = [1, 2, 3]
    attempt('dict key', lambda: d['arg9'])
    attempt('int key', lambda: {1: 'a'}[2])
    attempt('tuple key', lambda: {}[(1, 'x')])
    attempt('list index', lambda: L[5])
    attempt('str index', lambda: 'abc'[-4])
    attempt('int div', lambda: 1 / 0)
    attempt('float div', lambda: 1.0 / 0)
    attempt('int floordiv', lambda: 1 // 0)
    attempt('modulo', lambda: 1 % 0)
    attempt('float mod', lambda: 1.5 % 0)
    attempt('int()', lambda: int('abc'))
    attempt('str + int', lambda: 'a' + 1)
    attempt('int + str', lambda: 1 + 'a')
    attempt('list + tuple', lambda: [1] + (2,))
    attempt('call int', lambda: L[0]())
    attempt('attribute', lambda: L.push(4))
    attempt('None attr', lambda: None.x)
    attempt('name', lambda: undefined_name)
    attempt('unpack many', lambda: [a for a, b in [(1, 2, 3)]])
    attempt('unpack few', lambda: [a for a, b, c in [(1, 2)]])
    attempt('list.remove', lambda: L.remove(9))
    attempt('list.index', lambda: L.index(9))
    attempt('pop empty', lambda: [].pop())
    attempt('dict popitem', lambda: {}.popitem())
    attempt('iter int', lambda: iter(5))
    attempt('len int', lambda: len(5))
    attempt('unhashable', lambda: {[]: 1})
    attempt('compare', lambda: [1] < 'a')
    attempt('func attr', lambda: attempt.missing)
    try:
        d['missing key']
    except KeyError as e:
        print(repr(e), e.args, str(e))
    try:
        1 / 0
    except ZeroDivisionError as e:
        print(repr(e), e.args)
