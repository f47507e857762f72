# -*- coding:utf-8 -*-
# 代理的语义: 从代理取出的对象是副本, 改它不影响共享的对象; 嵌套的代理才是共享的
from multiprocessing import Process, Manager

def child(d):
    d['plain'].append('child')        # 改的是副本, 服务器里的 list 不变
    tmp = d['plain']
    tmp.append('copy')
    d['plain'] = tmp                  # 重新赋值才会更新
    d['nested'].append('child')       # 嵌套的 ListProxy: 直接改共享的 list
    d['nested_dict']['who'] = 'child'

if __name__ == '__main__':
    with Manager() as manager:
        d = manager.dict()
        d['plain'] = ['main']
        inner = manager.list(['main'])
        d['nested'] = inner
        d['nested_dict'] = manager.dict()
        d['plain'].append('lost')
        print(d['plain'])
        p = Process(target=child, args=(d,))
        p.start()
        p.join()
        print(d['plain'])
        print(d['nested'][:], inner[:], len(d['nested']))
        print(d['nested_dict'].copy())
        print(type(d['nested']).__name__, type(d['plain']).__name__)
        a = manager.list()
        b = manager.list()
        a.append(b)
        b.append('x')
        print(a[0][0], str(a[0]), len(a))
        print(str(a).startswith("[<ListProxy object, typeid 'list' at 0x"))
        print(repr(b).startswith("<ListProxy object, typeid 'list' at 0x"))
