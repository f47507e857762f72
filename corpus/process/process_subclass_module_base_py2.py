# -*- coding:utf-8 -*-
# Process 子类：通过模块名调用父类的 __init__（PyMOTW 的写法），以及从类上取出的方法
import multiprocessing
import multiprocessing as mp


class Worker(multiprocessing.Process):
    def __init__(self, number):
        multiprocessing.Process.__init__(self)
        self.number = number

    def run(self):
        print 'Worker %d 开始，名字 %s' % (self.number, self.name)


class Counter(mp.Process):
    def __init__(self, limit):
        mp.Process.__init__(self, name='counter-%d' % limit)
        self.limit = limit

    def run(self):
        print '%s 数到 %d: %s' % (self.name, self.limit, range(self.limit))


class Shape(object):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    @staticmethod
    def unit():
        return 'cm'

    @classmethod
    def square(cls, side):
        return cls(side).area()


if __name__ == '__main__':
    workers = [Worker(i) for i in range(3)]
    for w in workers:
        w.start()
        w.join()
    c = Counter(4)
    c.start()
    c.join()
    print 'exitcode', c.exitcode

    # 方法作为值传递
    area = Shape.area
    shapes = [Shape(2), Shape(3)]
    print map(Shape.area, shapes), area(Shape(5))
    print sorted(shapes, key=Shape.area, reverse=True)[0].side
