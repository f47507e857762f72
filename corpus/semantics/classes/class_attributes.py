# -*- coding:utf-8 -*-
# 类属性和实例属性: 共享, 遮蔽, 可变类属性的陷阱

class Counter(object):
    count = 0
    shared_items = []
    label = 'counter'

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.own_items = []

    def add(self, item):
        self.shared_items.append(item)
        self.own_items.append(item)

if __name__ == '__main__':
    a = Counter('a')
    b = Counter('b')
    print(Counter.count, a.count, b.count)
    a.add(1)
    b.add(2)
    print(a.shared_items, b.shared_items, a.own_items, b.own_items)
    a.label = 'instance label'
    print(a.label, b.label, Counter.label)
    del a.label
    print(a.label)
    Counter.label = 'changed on class'
    print(a.label, b.label)
    a.count += 10
    print(a.count, b.count, Counter.count)
    print(sorted(vars(a).keys()), 'count' in vars(Counter), hasattr(b, 'own_items'))
    setattr(b, 'extra', 42)
    print(getattr(b, 'extra'), getattr(b, 'nothing', None))
    try:
        print(b.nothing)
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        print(Counter.nothing)
    except AttributeError as e:
        print('AttributeError:', e)
