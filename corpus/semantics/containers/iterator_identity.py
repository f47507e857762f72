# -*- coding:utf-8 -*-
# Every iterator is its own iterator: iter(it) is it, next() advances the one
# object, and a for loop over a partly consumed iterator continues where next()
# stopped. Also the iterator types' names.
tasks = ['任务1', 'task2', 'task3', 'task4']
numbers = (10, 20, 30)
prices = {'apple': 3, 'pear': 5}


def countdown(n):
    while n > 0:
        yield n
        n -= 1


iterators = [
    iter(tasks), reversed(tasks), iter(numbers), iter('abc'), iter('中文'),
    iter(prices), iter(prices.values()), iter(prices.items()), iter({7}),
    iter(range(3)), iter(b'xy'), iter(bytearray(b'z')),
    map(str, numbers), zip(tasks, numbers), enumerate(tasks, 1),
    filter(None, [0, 1]), countdown(2), (t for t in tasks),
]
for it in iterators:
    same = iter(it) is it and iter(iter(it)) is it
    print(type(it).__name__, same, next(it))

it = iter(tasks)
print(next(it))
for name in it:
    print('loop', name)
    if name == 'task3':
        break
print('rest', list(it), next(it, 'done'))

pairs = zip(tasks, numbers)
next(pairs)
print([p for p in pairs])

e = enumerate(tasks, start=5)
print(next(e), next(iter(e)))
print(dict(e))

gen = countdown(4)
print(next(gen), sum(gen), list(gen))

m = map(lambda x: x * 2, numbers)
first = next(m)
print(first, sorted(m, reverse=True))
