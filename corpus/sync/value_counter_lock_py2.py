# -*- coding:utf-8 -*-
# Python 2: Value('i', 0, lock=lock) 计数器: 传入的 RLock 就是 get_lock() 返回的锁
from multiprocessing import Process, Value, RLock

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
  lock = RLock()   # Value 读写 .value 时也会获取这把锁, 所以要用可重入的 RLock
  counter = Value('i', 0, lock=lock)   # 两组进程用的必须是同一把锁, 否则 += 会丢失更新
  procs = [Process(target=add, args=(counter, lock, 250)) for i in range(4)]
  procs += [Process(target=add_with_own_lock, args=(counter, 100)) for i in range(2)]
  for p in procs:
    p.start()
  for p in procs:
    p.join()
  print 'counter =', counter.value, counter.get_lock() is lock
  d = Value('d', 0.25)
  d.value *= 3
  print d.value, repr(d.value), Value('l', 2 ** 40).value
