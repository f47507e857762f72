# -*- coding:utf-8 -*-
# 全局变量 m: 函数里用 global 声明后才能修改
m = 1
total = 0

def test1(x):
  global m
  for i in range(x):
    m = m + 1
    print '这是任务1', m

def test2(a):
  global m, total
  m = m * a
  total += m
  print '这是任务2', m, total

def read_only():
  # 只读全局变量不需要 global
  return m + 100

def forget():
  global m
  del m

def shadow():
  m = 'local'
  return m

if __name__ == '__main__':
  test1(3)
  test2(2)
  test2(3)
  print read_only(), shadow(), m
  try:
    forget()
    print read_only()
  except NameError, e:
    print 'NameError:', e
