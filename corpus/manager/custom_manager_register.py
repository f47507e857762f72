# -*- coding:utf-8 -*-
# BaseManager.register: 把自己的类放进 manager, 各个进程通过代理调用它
from multiprocessing import Process
from multiprocessing.managers import BaseManager

class MathsClass(object):
    def __init__(self, base=0):
        self.base = base
        self.calls = []

    def add(self, x, y):
        self.calls.append('add')
        return self.base + x + y

    def mul(self, x, y):
        self.calls.append('mul')
        return x * y

    def history(self):
        return list(self.calls)

    def _private(self):
        return 'hidden'

class Counter(object):
    def __init__(self):
        self.n = 0

    def increment(self):
        self.n += 1
        return self.n

    def value(self):
        return self.n

class MyManager(BaseManager):
    pass

MyManager.register('Maths', MathsClass)
MyManager.register('Counter', Counter, exposed=('increment', 'value'))

def work(maths, counter, i):
    counter.increment()
    print('child', i, maths.add(i, i))

if __name__ == '__main__':
    with MyManager() as manager:
        maths = manager.Maths(100)
        print(maths.add(4, 3))
        print(maths.mul(7, 8))
        print(type(maths).__name__)
        print(hasattr(maths, 'add'), hasattr(maths, '_private'))
        try:
            getattr(maths, '_private')
        except AttributeError as e:
            print('AttributeError', e)
        counter = manager.Counter()
        procs = []
        for i in range(3):
            p = Process(target=work, args=(maths, counter, i))
            p.start()
            p.join()
        print(counter.value())
        print(maths.history())
    manager = MyManager()
    manager.start()
    c = manager.Counter()
    print(c.increment(), c.increment())
    manager.shutdown()
    print('shutdown')
