# -*- coding:utf-8 -*-
# Python 2.7 的 multiprocessing.Condition 只有 wait/notify/notify_all: 没有 wait_for (Python 3.3 才有),
# 也没有 threading 的 notifyAll; 生产者用 notify_all 唤醒等待的消费者
from multiprocessing import Process, Condition, Value
import time

def consumer(cond, stock, name):
    cond.acquire()
    while stock.value == 0:
        cond.wait(2)
    print name, '拿到库存', stock.value
    cond.release()

if __name__ == '__main__':
    cond = Condition()
    stock = Value('i', 0)
    c = Process(target=consumer, args=(cond, stock, '消费者'))
    c.start()
    time.sleep(0.2)
    cond.acquire()
    stock.value = 3
    cond.notify_all()
    for name in ('notifyAll', 'wait_for'):
        try:
            getattr(cond, name)(lambda: True) if name == 'wait_for' else getattr(cond, name)()
        except AttributeError, e:
            print 'AttributeError:', e
    cond.release()
    c.join()
    print '结束'
