# -*- coding:utf-8 -*-
# Namespace, Value, Array: 子进程修改, 主进程读到
from multiprocessing import Process, Manager

def worker(ns, v, a, n):
    ns.x += 1
    ns.y = 'set in child %d' % n
    del ns.tmp
    v.value = v.value * 2
    for i in range(len(a)):
        a[i] = a[i] + n

if __name__ == '__main__':
    with Manager() as manager:
        ns = manager.Namespace()
        ns.x = 1
        ns.tmp = 'temporary'
        print(ns)
        v = manager.Value('i', 21)
        a = manager.Array('d', [0.5, 1.5, 2.5])
        print(v.value, a[:], len(a), v)
        p = Process(target=worker, args=(ns, v, a, 10))
        p.start()
        p.join()
        print(ns)
        print(ns.x, ns.y, hasattr(ns, 'tmp'))
        print(v.value, a[:], a[1], list(a))
        v.value = 'text'
        print(v.get(), v.value)
        v.set(3)
        print(v.value)
        ns.items = [1, 2]
        ns.items.append(3)
        print(ns.items)
        del ns.x
        print(ns)
