# -*- coding:utf-8 -*-
# 整数集合的迭代顺序由哈希表决定 (hash(n) == n), 不是插入顺序也不总是大小顺序
# CPython 对整数是确定的, 这里记录它的真实顺序

if __name__ == '__main__':
    print({3, 1, 2})
    print({10, 100, 1000})
    print({1000, 100, 10})
    print({5, 13, 21})
    print({21, 13, 5})
    print({-1, -2, 0, 1})
    s = set()
    for i in [40, 8, 16, 0, 32, 24]:
        s.add(i)
    print(s, list(s))
    print(set(range(20, 0, -3)))
    print({2 ** 40, 2 ** 40 + 1, 7})
    print(frozenset([64, 1, 33]))
    big = set(range(100))
    big -= set(range(5, 100))
    print(big)
