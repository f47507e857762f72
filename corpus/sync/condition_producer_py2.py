# -*- coding:utf-8 -*-
# Python 2 的 Condition: 生产者每放一个就 notify, 消费者按顺序取
from multiprocessing import Process, Condition, Array, Value
import time

def consumer(cond, items, count, wanted):
  got = []
  with cond:
    while len(got) < wanted:
      while count.value <= len(got):
        cond.wait()
      got.append(items[len(got)])
      print 'consumer got', got[-1]
  print 'consumer done:', got

if __name__ == '__main__':
  cond = Condition()
  items = Array('i', 5)
  count = Value('i', 0)
  c = Process(target=consumer, args=(cond, items, count, 5))
  c.start()
  for i in range(5):
    time.sleep(0.1)
    with cond:
      items[i] = (i + 1) * 10
      count.value += 1
      print 'producer put', items[i]
      cond.notify()
  c.join()
  print 'exitcode', c.exitcode, items[:]
