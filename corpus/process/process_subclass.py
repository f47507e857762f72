# -*- coding:utf-8 -*-
# 继承 Process 并重写 run(): 分段累加, 结果通过 exitcode 以外的方式看不到 (内存不共享)
from multiprocessing import Process
import os

class SummingProcess(Process):
    def __init__(self, low, high):
        super(SummingProcess, self).__init__()
        self.low = low
        self.high = high
        self.total = 0

    def run(self):
        for i in range(self.low, self.high):
            self.total += i
        print('%s summed [%d, %d): %d' % (self.name, self.low, self.high, self.total))

class Greeter(Process):
    def __init__(self, who, **kwargs):
        super().__init__(**kwargs)
        self.who = who

    def run(self):
        print('hello', self.who, 'from', self.name, os.getpid() != self.parent_pid)

if __name__ == '__main__':
    p1 = SummingProcess(0, 500000)
    p2 = SummingProcess(500000, 1000000)
    p1.start()
    p1.join()
    p2.start()
    p2.join()
    # 子进程里的 self.total 留在子进程中, 主进程这边仍然是 0
    print('totals seen by the parent:', p1.total, p2.total)
    g = Greeter('bob', name='greeter')
    g.parent_pid = os.getpid()
    g.start()
    g.join()
    print(g.exitcode, isinstance(g, Process), type(g).__name__)
