# -*- coding:utf-8 -*-
# Python 2: 超过机器字长的整数变成 long, repr 带 L 后缀, print/str 不带

def total_of_squares(n):
  return sum(i * i for i in xrange(n))

if __name__ == '__main__':
  total = total_of_squares(10 ** 6)
  print total, repr(total), type(total).__name__
  small = 2 ** 62
  print small, repr(small), type(small).__name__
  big = 2 ** 64
  print big, repr(big), type(big).__name__
  print [2 ** 64, 1, 2 ** 70]
  print (2 ** 64, 3)
  print '%d %s %r' % (big, big, big)
  print big // 2 ** 32, type(big // 2 ** 32).__name__
  print 2 ** 63 - 1, type(2 ** 63 - 1).__name__
  print -2 ** 63, type(-2 ** 63).__name__
  print 10L, repr(10L), type(10L).__name__, 10L == 10
  print long(5), str(long(5)), int(2 ** 64 // 2 ** 40)
  print 12345678901234567890 * 98765432109876543210
  print divmod(-2 ** 65, 7)
  print hex(255L), hex(2 ** 64), oct(8L)
  d = {10L: 'long key'}
  print d[10], d
