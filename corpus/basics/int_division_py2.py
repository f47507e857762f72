# -*- coding:utf-8 -*-
# Python 2 的算术: int / int 是整除, 有 float 参与才是真除法

def show(expr, value):
  print '%-12s -> %r' % (expr, value)

if __name__ == '__main__':
  show('7 / 2', 7 / 2)
  show('-7 / 2', -7 / 2)
  show('7 / 2.0', 7 / 2.0)
  show('7.0 // 2', 7.0 // 2)
  show('7 // 2', 7 // 2)
  show('-7 // 2', -7 // 2)
  show('7 % 3', 7 % 3)
  show('-7 % 3', -7 % 3)
  show('7 % -3', 7 % -3)
  show('2 ** 10', 2 ** 10)
  show('2 ** -1', 2 ** -1)
  show('2 ** 64', 2 ** 64)
  show('10 / 5', 10 / 5)
  show('float(10) / 4', float(10) / 4)
  show('int(7.9)', int(7.9))
  show('int(-7.9)', int(-7.9))
  total = 0
  for i in range(1, 11):
    total += i
  print 'total', total, 'average', total / 10, total / 10.0
  print 1 / 3.0, 2 / 3.0, 10 / 4.0
  print 0.1 + 0.2, 1e16, 1.0, 100.0 / 3
