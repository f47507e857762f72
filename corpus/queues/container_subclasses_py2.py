# -*- coding:utf-8 -*-
# Python 2 版本（cPickle 直接填充 list 子类，不调用 extend）。
# 继承 dict / list 的类的实例作为 Process 参数、经过 Queue 和 Pipe：类、元素和
# 实例属性都保留，接收方不调用 __init__；pickle 用类自己的 __setitem__（和 extend）
# 填充元素，所以重写的方法会在接收方打印。
from multiprocessing import Process, Queue, Pipe


class Registry(dict):
    def names(self):
        return sorted(self)


class LoudDict(dict):
    def __setitem__(self, key, value):
        print 'LoudDict 设置', key
        dict.__setitem__(self, key, value)


class TaskList(list):
    def __init__(self, items=()):
        print 'TaskList.__init__ 被调用'
        list.__init__(self, items)
        self.owner = '主进程'

    def last(self):
        return self[-1]


def worker(registry, tasks, q):
    print '子进程收到', type(registry).__name__, registry.names(), registry.version
    print '子进程收到', type(tasks).__name__, list(tasks), tasks.owner
    tasks.append('子进程的任务')
    registry['c'] = 3
    q.put((registry, tasks))


if __name__ == '__main__':
    registry = Registry(a=1, b=2)
    registry.version = 7
    tasks = TaskList(['下载', '解析'])
    q = Queue()
    p = Process(target=worker, args=(registry, tasks, q))
    p.start()
    reg2, tasks2 = q.get()
    p.join()
    print '回到主进程', type(reg2).__name__, reg2, reg2.version
    print '回到主进程', type(tasks2).__name__, tasks2, tasks2.owner, tasks2.last()
    print '原来的对象不变', registry, tasks

    parent_conn, child_conn = Pipe()
    loud = LoudDict()
    dict.__setitem__(loud, 'x', 1)
    child_conn.send(loud)
    print 'Pipe 收到', parent_conn.recv()
    tasks.append(tasks)
    child_conn.send(tasks)
    copy = parent_conn.recv()
    print '自引用保留', copy[-1] is copy, len(copy)
