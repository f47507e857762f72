# -*- coding:utf-8 -*-
# 默认值表达式在定义函数时求值, 之后修改全局变量不会影响它
import time

timeout = 1
calls = []

def next_id():
    calls.append(len(calls))
    print('next_id called')
    return len(calls)

def get(block=True, timeout=timeout, ident=next_id()):
    return 'block=%s timeout=%s id=%s' % (block, timeout, ident)

timeout = 99

def later(t=timeout):
    return t

def stamp(when=time.time()):
    return when

if __name__ == '__main__':
    print('module loaded')
    print(get())
    print(get(False, 2))
    print(get(ident='x'))
    print(later(), timeout, calls)
    first = stamp()
    time.sleep(0.1)
    print(stamp() == first, stamp(0) == 0)
    print(get.__defaults__, later.__defaults__)
