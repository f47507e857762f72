# -*- coding:utf-8 -*-
# 生产者和消费者同时运行; 消费者 get(timeout=2) 超时 (Queue.Empty) 后退出
from multiprocessing import Process, Queue
import Queue as Q
import time, os

def producer(q, name, n):
    for i in range(n):
        item = '%s-%d' % (name, i)
        q.put(item)
        print '%s 生产了 %s' % (name, item)
        time.sleep(0.3)

def consumer(q):
    count = 0
    while True:
        try:
            item = q.get(timeout=2)
        except Q.Empty:
            print '消费者等了 2 秒没有东西, 共消费 %d 个' % count
            break
        count += 1
        print '消费了', item

if __name__ == '__main__':
    q = Queue()
    c = Process(target=consumer, args=(q,))
    c.start()
    p = Process(target=producer, args=(q, 'P', 4))
    p.start()
    p.join()
    c.join()
    print 'exitcodes', p.exitcode, c.exitcode
