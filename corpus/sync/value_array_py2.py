# -*- coding:utf-8 -*-
# Value 和 Array: 子进程修改共享内存, 主进程能看到
from multiprocessing import Process, Value, Array

def f(n, a):
  n.value = 3.1415927
  for i in range(len(a)):
    a[i] = -a[i]

if __name__ == '__main__':
  num = Value('d', 0.0)
  arr = Array('i', range(10))
  p = Process(target=f, args=(num, arr))
  p.start()
  p.join()
  print num.value
  print arr[:]
  print len(arr), arr[0], arr[-1], arr[2:5], sum(arr)
  chars = Array('c', 'hello')
  print chars.value, chars[:], len(chars)
