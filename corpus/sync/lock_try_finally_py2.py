# -*- coding:utf-8 -*-
# py2ts: timing="seconds" unordered="world"
# lock.acquire() / try / finally: lock.release(), 保证打印整行不被打断
from multiprocessing import Process, Lock
import time

def f(l, i):
  l.acquire()
  try:
    print 'hello world', i
    time.sleep(0.1)
    print 'goodbye world', i
  finally:
    l.release()

if __name__ == '__main__':
  lock = Lock()
  start = time.time()
  workers = []
  for num in range(5):
    p = Process(target=f, args=(lock, num))
    workers.append(p)
    p.start()
  for p in workers:
    p.join()
  # 五个进程依次持有锁, 每个 0.1 秒
  print 'serialized by the lock: %0.1f seconds' % (time.time() - start)
