# -*- coding:utf-8 -*-
# 各种推导式: 列表, 集合, 字典, 嵌套, 条件, 生成器表达式

tasks = ['听音乐', '吃饭', '洗衣服', '打游戏', '散步']

if __name__ == '__main__':
    squares = [i * i for i in range(10)]
    print(squares)
    print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
    print([x if x % 2 else -x for x in range(6)])
    print([(i, j) for i in range(3) for j in range(i)])
    print([[i * j for j in range(4)] for i in range(3)])
    matrix = [[1, 2, 3], [4, 5, 6]]
    print([row[k] for row in matrix for k in range(len(row))], [list(c) for c in zip(*matrix)])
    print({i % 4 for i in range(10)}, {len(t) for t in tasks})
    print({'arg' + str(i): i * i for i in range(5)})
    print({t: len(t) for t in tasks if len(t) > 2})
    print({v: k for k, v in {'a': 1, 'b': 2}.items()})
    print(sum(i * i for i in range(10 ** 4)), max(len(t) for t in tasks))
    print(list(x * 2 for x in 'ab'), tuple(i for i in range(3)), sorted(set(c for c in 'hello' if c != 'l')))
    print(any(t == '散步' for t in tasks), all(len(t) > 1 for t in tasks))
    x = 'outer'
    result = [x for x in range(3)]
    print(result, x)
    total = 0
    gen = (total + i for i in range(3))
    total = 100
    print(list(gen))
    funcs = [lambda: i for i in range(3)]
    print([f() for f in funcs])
    print([w for line in ['a b', 'c d e'] for w in line.split()])
    print([(k, v) for k, v in sorted({'b': 2, 'a': 1}.items())])
