# -*- coding:utf-8 -*-
# range 返回列表, xrange 返回惰性序列 (Python 2)

if __name__ == '__main__':
  r = range(5)
  print r, type(r).__name__
  x = xrange(5)
  print list(x), type(x).__name__
  print range(2, 10, 3), range(10, 0, -2), range(0)
  print len(xrange(0, 100, 7)), xrange(0, 100, 7)[3]
  total = 0
  for i in xrange(1, 101):
    total += i
  print 'sum 1..100 =', total
  for i in xrange(3):
    for j in xrange(i):
      print (i, j),
  print
  r.append(5)
  print r
  print sum(xrange(10)), max(range(-3, 3)), min(xrange(4, 9))
  print 3 in xrange(5), 7 in range(5)
  print list(reversed(xrange(4)))
  print xrange(1, 10, 2)
