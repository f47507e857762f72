# -*- coding:utf-8 -*-
# py2ts: timing="without notify"
# Condition: 消费者在条件上 wait, 生产者修改共享值后 notify / notify_all
from multiprocessing import Process, Condition, Value
import time

def consumer(cond, stock, name, delay):
    time.sleep(delay)
    with cond:
        print(name, 'waiting for stock')
        while stock.value == 0:
            cond.wait()
        stock.value -= 1
        print('a consumer took one, left', stock.value)  # 哪一个消费者被唤醒是不确定的

def timed_waiter(cond):
    with cond:
        start = time.time()
        result = cond.wait(0.3)
        print('wait(0.3) without notify returned %s after %0.1f s' % (result, time.time() - start))

if __name__ == '__main__':
    cond = Condition()
    stock = Value('i', 0)
    p = Process(target=timed_waiter, args=(cond,))
    p.start()
    p.join()
    consumers = [Process(target=consumer, args=(cond, stock, 'c%d' % i, 0.1 * i)) for i in range(3)]
    for c in consumers:
        c.start()
    time.sleep(0.5)
    with cond:
        stock.value += 1
        print('producer: stock', stock.value, '-> notify one')
        cond.notify()
    time.sleep(0.3)
    with cond:
        stock.value += 2
        print('producer: stock', stock.value, '-> notify_all')
        cond.notify_all()
    for c in consumers:
        c.join()
    print('final stock', stock.value)
    with cond:
        print('wait_for with a true predicate:', cond.wait_for(lambda: stock.value == 0, 1))
