# -*- coding:utf-8 -*-
# py2ts: timing="用时|four quarters"
from time import sleep
import time

def download(images):
  for i in images:
    print '正在下载', i
    sleep(0.5)

if __name__ == '__main__':
  start = time.time()
  download(['a.jpg', 'b.jpg', 'c.jpg'])
  end = time.time()
  print '下载用时 %0.2f 秒' % (end - start)
  t0 = time.time()
  for i in range(4):
    time.sleep(0.25)
  print 'four quarters: %0.2f' % (time.time() - t0)
  print type(time.time()).__name__, time.time() > 1e9
  try:
    time.sleep('1')
  except TypeError, e:
    print 'TypeError:', e
