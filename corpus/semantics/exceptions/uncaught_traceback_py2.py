# -*- coding:utf-8 -*-
# Python 2 的未捕获异常: traceback 格式和 Python 3 略有不同 (没有 ^^^ 标记)

def divide(a, b):
  print 'divide', a, b
  return a / b

def average(values):
  return divide(sum(values), len(values))

if __name__ == '__main__':
  print 'average', average([1, 2, 3])
  print 'average', average([])
  print 'never reached'
