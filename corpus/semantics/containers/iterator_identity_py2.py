# -*- coding:utf-8 -*-
# Every iterator is its own iterator (Python 2): iter(it) is it, next() and
# it.next() advance the one object, and a for loop over a partly consumed
# iterator continues where next() stopped. Also the iterator types' names.
tasks = ['task1', 'task2', 'task3', 'task4']
numbers = (10, 20, 30)
prices = {'apple': 3, 'pear': 5}


def countdown(n):
    while n > 0:
        yield n
        n -= 1


iterators = [
    iter(tasks), reversed(tasks), iter(numbers), iter('abc'), iter(u'abc'),
    prices.iterkeys(), prices.itervalues(), prices.iteritems(), iter(set([7])),
    iter(xrange(3)), iter(map(str, numbers)),
    enumerate(tasks, 1), countdown(2), (t for t in tasks), reversed('ab'),
]
for it in iterators:
    same = iter(it) is it and iter(iter(it)) is it
    print type(it).__name__, same, next(it)

it = iter(tasks)
print it.next()
for name in it:
    print 'loop', name
    if name == 'task3':
        break
print 'rest', list(it), next(it, 'done')

e = enumerate(tasks, 5)
print next(e), next(iter(e))
print sorted(dict(e).items())

gen = countdown(4)
print gen.next(), sum(gen), list(gen)
print zip(tasks, numbers), map(None, numbers)
