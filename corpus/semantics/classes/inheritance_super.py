# -*- coding:utf-8 -*-
# 继承和 super(): 两种写法 super() 与 super(Class, self), 多层继承, 方法覆盖

class Worker(object):
    def __init__(self, name):
        self.name = name
        self.log = ['Worker.__init__']

    def run(self):
        return 'Worker %s running' % self.name

    def describe(self):
        return '%s(%s)' % (type(self).__name__, self.name)

class SummingWorker(Worker):
    def __init__(self, name, low, high):
        super(SummingWorker, self).__init__(name)
        self.low = low
        self.high = high
        self.total = 0
        self.log.append('SummingWorker.__init__')

    def run(self):
        for i in range(self.low, self.high):
            self.total += i
        return super().run() + ', total=%d' % self.total

class VerboseWorker(SummingWorker):
    def run(self):
        text = super().run()
        self.log.append('VerboseWorker.run')
        return text.upper()

if __name__ == '__main__':
    workers = [Worker('w0'), SummingWorker('w1', 0, 500000), VerboseWorker('w2', 500000, 1000000)]
    for w in workers:
        print(w.describe(), '->', w.run())
    print(workers[1].total + workers[2].total)
    print(workers[2].log)
    print(VerboseWorker.__mro__[1].__name__, [c.__name__ for c in VerboseWorker.__mro__])
    print(issubclass(VerboseWorker, Worker), issubclass(Worker, SummingWorker))
    print(Worker.run(workers[2]), SummingWorker.describe(workers[0]))
