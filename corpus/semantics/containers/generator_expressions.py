# -*- coding:utf-8 -*-
# 生成器表达式: 惰性求值, 只能遍历一次, next() 和 StopIteration

def noisy(values):
    for v in values:
        print('produce', v)
        yield v

if __name__ == '__main__':
    gen = (v * 10 for v in noisy([1, 2, 3]))
    print('created')
    print(next(gen))
    print('between')
    print(list(gen))
    print(list(gen))
    print(next(gen, 'exhausted'))
    squares = (i * i for i in range(5))
    print(sum(squares), sum(squares))
    it = iter([1, 2])
    print(next(it), next(it), next(it, None))
    try:
        next(it)
    except StopIteration:
        print('StopIteration raised')
    evens = (i for i in range(100) if i % 2 == 0)
    for e in evens:
        if e > 6:
            break
    print('next after break:', next(evens))
    print(max((len(w), w) for w in ['aa', 'b', 'ccc']), min(i % 7 for i in range(10, 20)))
    print(sorted(c for c in 'generator'), ''.join(c.upper() for c in 'abc'))
    print('3' in (str(i) for i in range(5)), 7 in (i for i in range(5)))
    lazy = (1 / i for i in [1, 2, 0])
    print(next(lazy), next(lazy))
    try:
        next(lazy)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
