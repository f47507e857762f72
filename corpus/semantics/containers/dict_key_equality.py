# -*- coding:utf-8 -*-
# 字典键的相等性: 1 == 1.0 == True 是同一个键; 元组作为键; 不可哈希的键

if __name__ == '__main__':
    d = {1: 'int'}
    d[1.0] = 'float'
    d[True] = 'bool'
    print(d, len(d))
    e = {True: 'a', 1: 'b', 1.0: 'c'}
    print(e)
    f = {0: 'zero', False: 'false', 0.0: 'f0', -0.0: 'neg'}
    print(f, f[False], f[0.0])
    print({1.0: 'x'}.get(1), {2: 'x'}.get(2.0), 1 in {1.0}, True in {1: 0})
    grid = {}
    for i in range(2):
        for j in range(2):
            grid[(i, j)] = i * 10 + j
    print(grid, grid[(1, 0)], grid[1, 1], (0, 1) in grid)
    print({(1, 2): 'a', (1.0, 2.0): 'b'}, {('a', (1, 2)): 'nested'})
    print({'1': 'str', 1: 'int'}, {None: 'none', '': 'empty'})
    counts = {}
    for v in [1, 1.0, True, 2, 2.0, 'a']:
        counts[v] = counts.get(v, 0) + 1
    print(counts)
    for bad in ([1, 2], {'k': 1}, {1}):
        try:
            {bad: 1}
        except TypeError as e:
            print('TypeError:', e)
    try:
        print({(1, [2]): 'x'})
    except TypeError as e:
        print('TypeError:', e)
    print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2)))
    print(dict.fromkeys(['a', 'b'], 0), dict.fromkeys(range(3)))
    print({1: 'a'} == {1.0: 'a'}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
