# -*- coding:utf-8 -*-
# Python 2: 消费者处理完每个任务调用 task_done(), 生产者 join() 之后才打印结果
from multiprocessing import Process, JoinableQueue
import time

def consumer(q):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.1)
        print 'processed', item
        q.task_done()

if __name__ == '__main__':
    q = JoinableQueue()
    c = Process(target=consumer, args=(q,))
    c.start()
    for item in ['apple', 'banana', 'cherry']:
        q.put(item)
    q.put(None)
    q.join()
    print 'queue joined'
    c.join()
    print 'consumer exit code', c.exitcode
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError, e:
        print 'ValueError:', e
