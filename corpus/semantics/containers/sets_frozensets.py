# -*- coding:utf-8 -*-
# set 和 frozenset: 运算, 方法, 可哈希性; 字符串集合的顺序随哈希变化, 所以排序后再打印

if __name__ == '__main__':
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    print(a | b, a & b, a - b, b - a, a ^ b)
    print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference(b))
    print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.isdisjoint({7, 8}), a.issubset(range(10)))
    s = set()
    print(s, len(s), bool(s), set([3, 1, 3, 2, 1]))
    s.add(5)
    s.update([6, 7], (8,))
    s.discard(100)
    s.remove(6)
    print(s, 7 in s, 6 in s)
    popped = {42}.pop()
    print(popped)
    try:
        s.remove(100)
    except KeyError as e:
        print('KeyError:', e)
    fs = frozenset([1, 2, 2, 3])
    print(fs, len(fs), 2 in fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
    print(frozenset(), set(), {frozenset([1]): 'ok'}[frozenset([1])])
    print({1, 2} == frozenset([2, 1]), {1, 1.0, True}, {0, False, 0.0})
    words = {'听音乐', '吃饭', '散步', '吃饭'}
    print(len(words), sorted(words), sorted(set('mississippi')))
    seen = set()
    unique = []
    for item in ['b', 'a', 'b', 'c', 'a']:
        if item not in seen:
            seen.add(item)
            unique.append(item)
    print(unique)
    try:
        {[1, 2]}
    except TypeError as e:
        print('TypeError:', e)
    try:
        fs.add(4)
    except AttributeError as e:
        print('AttributeError:', e)
    a -= {1}
    a |= {10}
    a &= {2, 3, 10, 11}
    print(a, {x % 3 for x in range(10)})
