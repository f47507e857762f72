# -*- coding:utf-8 -*-
# 元组与解包 (Python 2: print 一个元组会打印括号)

def divide(a, b):
  return a / b, a % b

if __name__ == '__main__':
  t = (1, 2, 3)
  a, b, c = t
  print a, b, c
  print t, len(t), t[0], t[-1]
  single = (5,)
  print single, len(single)
  print ()
  q, r = divide(17, 5)
  print 'q =', q, 'r =', r
  x, y = 1, 2
  x, y = y, x
  print x, y
  (con1, con2) = ('conn1', 'conn2')
  print con1, con2
  pairs = [(0, 'a.jpg'), (1, 'b.jpg'), (2, 'c.jpg')]
  for index, name in pairs:
    print index, name
  print (x, y)
  print (x)
  nested = (1, (2, 3))
  p, (s1, s2) = nested
  print p, s1, s2
  print t + (4,), t * 2
  print (1, 2) < (1, 3), (2,) > (1, 9)
  print tuple([1, 2]), tuple('ab')
