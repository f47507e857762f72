# -*- coding:utf-8 -*-
# bytearray 跨进程: Pool 的参数和返回值, Manager 的 list/dict, SimpleQueue; 每次都是一份拷贝
from multiprocessing import Pool, Manager, SimpleQueue, Process

def grow(b):
    b.extend(b'!')
    return b

def fill(ns_list, d):
    ns_list.append(bytearray(b'from child'))
    d['k'] = bytearray(b'v')

if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(grow, [bytearray(b'a'), bytearray(b'bb')]))
        print(pool.apply(grow, (bytearray(b'x'),)))
    with Manager() as m:
        l = m.list([bytearray(b'q')])
        d = m.dict()
        p = Process(target=fill, args=(l, d))
        p.start(); p.join()
        print(list(l), dict(d))
        x = l[0]
        x.append(65)
        print(l[0], x)
    sq = SimpleQueue()
    sq.put([bytearray(b'1'), b'2'])
    print(sq.get())
