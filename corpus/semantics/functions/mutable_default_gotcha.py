# -*- coding:utf-8 -*-
# 默认参数只在 def 执行时求值一次: 可变默认值会在多次调用之间共享

def append_to(item, target=[]):
    target.append(item)
    return target

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

def count_calls(counter={'n': 0}):
    counter['n'] += 1
    return counter['n']

if __name__ == '__main__':
    print(append_to(1))
    print(append_to(2))
    print(append_to(3, []))
    print(append_to(4))
    print(append_to.__defaults__)
    print(append_safe(1), append_safe(2), append_safe(3, [0]))
    print(count_calls(), count_calls(), count_calls({'n': 10}), count_calls())
    a = append_to(5)
    b = append_to(6)
    print(a is b, a)
