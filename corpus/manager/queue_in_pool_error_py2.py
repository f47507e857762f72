# -*- coding:utf-8 -*-
# 普通的 multiprocessing.Queue 不能传给进程池的任务, Manager().Queue() 可以
from multiprocessing import Pool, Queue, Manager

def write(q):
    for value in ['A', 'B', 'C']:
        q.put(value)
    return 'written'

if __name__ == '__main__':
    q = Queue()
    p = Pool(2)
    result = p.apply_async(write, args=(q,))
    try:
        print result.get(5)
    except RuntimeError, e:
        print 'RuntimeError:', e
    manager = Manager()
    mq = manager.Queue()
    print p.apply_async(write, args=(mq,)).get(5)
    print [mq.get() for i in range(3)]
    p.close()
    p.join()
