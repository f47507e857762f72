# -*- coding:utf-8 -*-
# staticmethod / classmethod / property (getter, setter, deleter)

class Pool(object):
    default_size = 4
    created = 0

    def __init__(self, size=None):
        self._size = size if size is not None else Pool.default_size
        Pool.created += 1

    @staticmethod
    def describe(n):
        return '进程池, 最多 %d 个进程' % n

    @classmethod
    def from_string(cls, text):
        return cls(int(text))

    @classmethod
    def total_created(cls):
        return '%s created %d' % (cls.__name__, cls.created)

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        if value < 1:
            raise ValueError('Number of processes must be at least 1')
        self._size = value

    @property
    def doubled(self):
        return self._size * 2

class BigPool(Pool):
    default_size = 16

if __name__ == '__main__':
    p = Pool()
    print(p.size, p.doubled, Pool.describe(8), p.describe(2))
    p.size = 5
    print(p.size, p.doubled)
    try:
        p.size = 0
    except ValueError as e:
        print('ValueError:', e)
    try:
        p.doubled = 3
    except AttributeError as e:
        print('AttributeError:', e)
    q = Pool.from_string('7')
    b = BigPool.from_string('3')
    print(q.size, type(b).__name__, b.size, BigPool().size, Pool.total_created(), BigPool.total_created())
    print(type(Pool.__dict__['describe']).__name__, type(Pool.__dict__['size']).__name__)
