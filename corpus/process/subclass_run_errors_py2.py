# -*- coding:utf-8 -*-
# 继承 Process 重写 run() 时子进程异常的 traceback (Python 2): run() 自己抛出的异常没有
# multiprocessing 的 run 帧; 调用父类 run() 再由 target 抛出的异常有, 位置在重写的 run 之下
from multiprocessing import Process
import time

def share(total, parts):
    return total / parts

class Reporter(Process):
    def __init__(self, label, **kwargs):
        Process.__init__(self, **kwargs)
        self.label = label

    def run(self):
        print '任务 %s 开始 (%s)' % (self.label, self.name)
        Process.run(self)
        print '任务 %s 不会打印' % self.label

class Checker(Process):
    def run(self):
        check_name(self.name)

def check_name(name):
    raise LookupError('没有 %s' % name)

if __name__ == '__main__':
    a = Reporter('平分', target=share, args=(10, 0), name='分配者')
    a.start()
    a.join()
    b = Checker(name='检查者')
    b.start()
    b.join()
    c = Process(target=42)
    c.start()
    c.join()
    print '退出码', a.exitcode, b.exitcode, c.exitcode
