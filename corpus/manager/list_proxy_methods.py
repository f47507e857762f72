# -*- coding:utf-8 -*-
# ListProxy 和 DictProxy: 方法, 下标, 切片, +=, 迭代, len, in, 打印
from multiprocessing import Manager

def negate(v):
    return -v

if __name__ == '__main__':
    with Manager() as manager:
        l = manager.list([3, 1, 2])
        l.append(5)
        l.extend(['a', 'b'])
        l.insert(0, 'first')
        print(l, len(l), 'a' in l, 'z' in l, 'z' not in l)
        print(l[0], l[-1], l[1:3], l[::2])
        del l[0]
        print(l.pop(), l.pop(0), l)
        l += [7, 8]
        print(l, type(l).__name__)
        l *= 2
        print(l)
        l[0:2] = ['x', 'y', 'z']
        print(l)
        del l[3:]
        print(l, l.index('y'), l.count('x'))
        l.reverse()
        print(l)
        l.remove('y')
        print(l + ['+'], ['+'] + list(l), l * 2)
        n = manager.list([5, 3, 9, 1])
        n.sort()
        print(n)
        n.sort(key=negate)
        print(n, [v * 10 for v in n], sorted(n), max(n))
        for v in n:
            print(v, end=' ')
        print()
        print(n == [9, 5, 3, 1], n != [1], str(n), repr(n)[:11])
        d = manager.dict(a=1, b=2)
        d.update({'c': 3}, d=4)
        print(d, len(d), 'a' in d, 'z' in d)
        print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
        print(d.get('a'), d.get('z', 0), d.pop('a'), d.popitem())
        print(sorted(d), list(iter(d)))
        del d['b']
        print(d, d.copy() == {'c': 3}, type(d.copy()).__name__)
        d.clear()
        print(d, bool(d), bool(l))
