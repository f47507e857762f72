# -*- coding:utf-8 -*-
# 绑定方法可以作为任务: 子进程收到的是对象的副本和方法名
from multiprocessing import Pool

class Greeter(object):
    def __init__(self, greeting):
        self.greeting = greeting
        self.count = 0

    def hello(self, name):
        self.count += 1   # 改的是子进程里的副本
        return '%s, %s (%d)' % (self.greeting, name, self.count)

if __name__ == '__main__':
    g = Greeter('你好')
    with Pool(2) as p:
        print(p.map(g.hello, ['小明', '小红'], chunksize=2))
        print(p.apply(g.hello, ('小刚',)))
    print(g.count)
