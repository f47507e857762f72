# -*- coding:utf-8 -*-
# Python 2: 守护进程 (daemon = True) 和 terminate; 主进程结束时守护进程被终止
from multiprocessing import Process
import time

def test1(x):
  m = 1
  while True:
    time.sleep(x)
    m = m + 1
    print '这是任务1', m

def test2(a):
  time.sleep(a)
  print '这是任务2'

if __name__ == '__main__':
  p = Process(target=test1, name='任务1', args=(0.5,))
  p.daemon = True
  p.start()
  print p.name, p.daemon
  p1 = Process(target=test2, name='任务2', args=(0.6,))
  p1.start()
  print p1.name, p1.daemon
  p1.join()
  time.sleep(0.2)
  print 'main exits, daemon is alive:', p.is_alive()
