# -*- coding:utf-8 -*-
# 生成器函数: yield, 惰性执行, return 结束, yield from, 无限生成器

def download(images):
    for i in images:
        print('正在下载', i)
        yield i
    print('下载结束')

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'liftoff'

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def chain(*iterables):
    for it in iterables:
        yield from it

def take(n, gen):
    result = []
    for v in gen:
        if len(result) >= n:
            break
        result.append(v)
    return result

if __name__ == '__main__':
    for name in download(['a.jpg', 'b.jpg']):
        print('保存', name)
    print(list(countdown(5)), take(10, fib()))
    g = countdown(2)
    print(next(g), next(g))
    try:
        next(g)
    except StopIteration as e:
        print('StopIteration value:', e.value)
    print(list(chain([1, 2], 'ab', range(3))))
    gen = download(['x.jpg'])
    print(type(gen).__name__, 'created, nothing downloaded yet')
    print(sum(countdown(100)), max(take(20, fib())))
    squares = (v * v for v in countdown(4))
    print(list(squares))
    def pairs(items):
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                yield a, b
    print(list(pairs('abc')))
