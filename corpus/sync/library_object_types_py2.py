# -*- coding:utf-8 -*-
# 打印同步对象和共享值的类型: type(lock) 是 multiprocessing.synchronize.Lock
import multiprocessing
from multiprocessing import Process, Lock, RLock, Semaphore, Event, Condition, Value, Array


class Worker(multiprocessing.Process):
    def run(self):
        print '子进程类型:', type(self).__name__, type(self).__module__


if __name__ == '__main__':
    for obj in [Lock(), RLock(), Semaphore(2), Event(), Condition(), Value('i', 0), Array('d', 3)]:
        print type(obj), type(obj).__name__
    v = Value('i', 5)
    print '锁的类型:', type(v.get_lock()).__name__, [c.__name__ for c in type(Lock()).__mro__]
    w = Worker()
    w.start()
    w.join()
    print type(w), Worker.__mro__[1], Process
