# -*- coding:utf-8 -*-
# 服务器里的异常原样回到调用者; manager 关闭以后再用代理会报错, 而不是卡住
from multiprocessing import Process, Manager

def child(d, l):
    try:
        d['missing']
    except KeyError as e:
        print('child KeyError', e)
    try:
        l[10]
    except IndexError as e:
        print('child IndexError', e)

if __name__ == '__main__':
    manager = Manager()
    d = manager.dict({'a': 1})
    l = manager.list([1, 2, 3])
    try:
        d['missing']
    except KeyError as e:
        print('KeyError', repr(e))
    try:
        l.remove(42)
    except ValueError as e:
        print('ValueError', e)
    try:
        l.index(42)
    except ValueError as e:
        print('ValueError', e)
    try:
        d.pop('nope')
    except KeyError as e:
        print('pop KeyError', e)
    print(d.pop('nope', 'default'), d.get('nope'), d.setdefault('b', 2))
    try:
        l[1:2] = 5
    except TypeError as e:
        print('TypeError', e)
    p = Process(target=child, args=(d, l))
    p.start()
    p.join()
    print(p.exitcode)
    ns = manager.Namespace()
    try:
        ns.nothing
    except AttributeError as e:
        print('AttributeError', e)
    manager.shutdown()
    for action in (lambda: d['a'], lambda: l.append(4), lambda: len(l)):
        try:
            action()
            print('still works?')
        except Exception as e:
            print(type(e).__name__)
    print('done')
