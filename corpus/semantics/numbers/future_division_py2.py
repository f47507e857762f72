# -*- coding:utf-8 -*-
# from __future__ import division: Python 2 里 / 变成真除法
# py2ts: py2
from __future__ import division
from __future__ import print_function

def average(values):
  return sum(values) / len(values)

if __name__ == '__main__':
  print(10 / 2, 7 / 2, -7 / 2, 7 // 2, -7 // 2)
  print(average([1, 2, 3, 4]), average([2, 4]))
  print('a', 'b', sep='-')
  print(1 / 3, 2 ** -1, 2 ** 64 / 2)
  x = 9
  x /= 3
  print(x, type(x).__name__)
  print('%0.2f' % (5 / 3))
