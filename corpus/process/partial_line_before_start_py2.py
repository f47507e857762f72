# -*- coding:utf-8 -*-
# 行尾逗号留下的半行: start() 之前会先刷新输出, 子进程还继承了 softspace (下一个 print 先补空格)
from multiprocessing import Process
import time

def child(name):
  print 'child', name, 'line'

if __name__ == '__main__':
  print 'partial from parent',
  p = Process(target=child, args=('p1',))
  p.start()
  p.join()
  print '| parent continues'
  for i in range(3):
    print i,
  q = Process(target=child, args=('p2',))
  q.start()
  time.sleep(0.3)
  print 'after child p2'
  q.join()
  print 'done'
