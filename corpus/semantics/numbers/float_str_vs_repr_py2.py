# -*- coding:utf-8 -*-
# Python 2: str(float) 只保留 12 位有效数字, repr 是最短往返表示
# print 用 str, 容器里的元素用 repr

if __name__ == '__main__':
  x = 0.1 + 0.2
  print x, str(x), repr(x)
  print 1 / 3.0, repr(1 / 3.0)
  print [x, 1 / 3.0], (x,), {'v': x}
  print 2.0, 1e16, 1e15, 123456789012.0, 1234567890123.0
  print 100.0 / 3, repr(100.0 / 3), 2 ** 0.5
  print '%s %r' % (x, x), '%s' % 1e16
  print float('inf'), float('-inf'), float('nan'), -0.0
  print 1e22, 1e-5, 0.0001, 5e-324
  print str(1.0 / 7), repr(1.0 / 7)
  print 9007199254740993.0, 3.14159265358979
  print round(3.14159, 2), round(2.5), round(-2.5), round(1234.5678, -2)
  print 10 / 4, 10 / 4.0, 10.0 // 4
  print float(2 ** 64), long(2.5e20)
  print '%.15g' % 0.1, '%.17g' % 0.1
