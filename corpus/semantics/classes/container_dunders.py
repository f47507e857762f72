# -*- coding:utf-8 -*-
# 容器协议: __len__ __getitem__ __setitem__ __delitem__ __iter__ __contains__ __bool__

class TaskQueue(object):
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.items = []

    def put(self, item):
        self.items.append(item)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __setitem__(self, index, value):
        self.items[index] = value

    def __delitem__(self, index):
        del self.items[index]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, item):
        print('  __contains__', item)
        return item in self.items

class Squares(object):
    # 只有 __getitem__: for 循环和 in 都会退回到按下标取值直到 IndexError
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

class Empty(object):
    def __bool__(self):
        return False

if __name__ == '__main__':
    q = TaskQueue(5)
    for t in ['a', 'b', 'c']:
        q.put(t)
    print(len(q), q[0], q[-1], q[0:2], list(q), bool(q))
    q[1] = 'B'
    del q[0]
    print(list(q), 'B' in q, 'z' not in q)
    print([x.upper() for x in q], sorted(q, reverse=True), ','.join(q))
    print(list(Squares()), 16 in Squares(), 7 in Squares(), max(Squares()))
    it = iter(Squares())
    print(next(it), next(it))
    print(bool(Empty()), bool(TaskQueue()), 'empty' if not TaskQueue() else 'full')
    a, b, *rest = q.items + ['d', 'e']
    print(a, b, rest)
    try:
        q[10]
    except IndexError as e:
        print('IndexError:', e)
    try:
        len(Squares())
    except TypeError as e:
        print('TypeError:', e)
