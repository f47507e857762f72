# -*- coding:utf-8 -*-
# Python 2: 10 个进程往同一个 list 里追加, 往同一个 dict 里写; 嵌套代理, 取出的副本
from multiprocessing import Process, Manager
import time

def f(d, l, i):
    d[1] = '1'
    d['2'] = 2
    d[0.25] = None
    d['p%d' % i] = i * i
    l.append(i)

def nested(d):
    d['copy'].append('lost')
    d['shared'].append('kept')

if __name__ == '__main__':
    manager = Manager()
    d = manager.dict()
    l = manager.list(range(5))
    p_list = []
    for i in range(10):
        p = Process(target=f, args=(d, l, i))
        p.start()
        p_list.append(p)
    for res in p_list:
        res.join()
    print d
    print sorted(l), len(l)
    print sorted(d.keys())
    print sorted(d.items())[:3], d.has_key('2'), d.has_key('x')
    d2 = manager.dict()
    d2['copy'] = []
    d2['shared'] = manager.list()
    p = Process(target=nested, args=(d2,))
    p.start()
    p.join()
    print d2['copy'], d2['shared'][:], str(d2['shared'])
    ns = manager.Namespace()
    ns.name = 'py2'
    ns.count = 3L
    print ns, ns.name
    try:
        d['missing']
    except KeyError, e:
        print 'KeyError', e
    manager.shutdown()
    try:
        len(l)
    except Exception, e:
        print type(e).__name__
    print 'done'
