# -*- coding:utf-8 -*-
# Python 2: 位运算和乘方在 int 与 long 之间自动切换

if __name__ == '__main__':
  print 1 << 62, type(1 << 62).__name__
  print 1 << 63, type(1 << 63).__name__
  print -12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 >> 2
  print (1 << 100) >> 98, type((1 << 100) >> 98).__name__
  print bin(10), bin(-10), oct(64), hex(-255)
  print 0777, 0o17, 0xFF, 0b11, 017 + 1
  print pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7)
  print 2 ** 10, 2 ** -2, (-2) ** 3, 10 ** 20
  print 7 <> 8, 7 <> 7
  print abs(-2 ** 70), -2 ** 70 // 3, -2 ** 70 % 3
  print cmp(1, 2), cmp(2, 2), cmp('b', 'a')
  print sum(xrange(10 ** 5)) * 10 ** 10
  print long('123456789012345678901234567890') + 1
  print int('0777'), int('777', 8), int('ff', 16)
  print 5 / 2 * 2, 5 // 2 * 2.0
