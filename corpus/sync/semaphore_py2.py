# -*- coding:utf-8 -*-
# py2ts: timing="elapsed" unordered="got a resource"
# Semaphore 的 acquire / release: 资源个数为 3, 用完之后 acquire 会阻塞
from multiprocessing import Process, Semaphore
import time

def use_resource(s, name, delay):
  time.sleep(delay)
  s.acquire()
  print '%s got a resource' % name
  time.sleep(0.5)
  s.release()

if __name__ == '__main__':
  s = Semaphore(3)
  start = time.time()
  procs = []
  for i in range(5):
    p = Process(target=use_resource, args=(s, 'proc' + str(i), 0.05 * i))
    procs.append(p)
    p.start()
  for p in procs:
    p.join()
  print 'elapsed %0.1f' % (time.time() - start)
  print s.acquire(False), s.acquire(False), s.acquire(False), s.acquire(False)
  print s.get_value()
