# -*- coding:utf-8 -*-
# 全局变量 L1 在每个子进程里是一份独立的拷贝, 子进程的修改不会影响主进程
from multiprocessing import Process
import os
import time
L1 = [1, 2, 3]
def add(a, b, delay):
  global L1
  time.sleep(delay)   # 让两个子进程按固定顺序打印
  L1 += range(a, b)
  print L1
if __name__ == '__main__':
  p1 = Process(target=add, args=(20, 30, 0))
  p2 = Process(target=add, args=(30, 40, 0.3))
  p1.start()
  p2.start()
  p1.join()
  p2.join()
  print L1
