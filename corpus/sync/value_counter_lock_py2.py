# -*- coding:utf-8 -*-
# Python 2: Value('i') 计数器, 用 get_lock() 或独立的 Lock 保护
from multiprocessing import Process, Value, Lock

def add(counter, lock, times):
  for i in xrange(times):
    lock.acquire()
    counter.value += 1
    lock.release()

def add_with_own_lock(counter, times):
  for i in xrange(times):
    with counter.get_lock():
      counter.value += 2

if __name__ == '__main__':
  counter = Value('i', 0)
  lock = Lock()
  procs = [Process(target=add, args=(counter, lock, 250)) for i in range(4)]
  procs += [Process(target=add_with_own_lock, args=(counter, 100)) for i in range(2)]
  for p in procs:
    p.start()
  for p in procs:
    p.join()
  print 'counter =', counter.value
  d = Value('d', 0.25)
  d.value *= 3
  print d.value, repr(d.value), Value('l', 2 ** 40).value
