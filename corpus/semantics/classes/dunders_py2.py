# -*- coding:utf-8 -*-
# Python 2 专有的特殊方法: __div__, __nonzero__, __cmp__, __unicode__

class Money(object):
  def __init__(self, cents):
    self.cents = cents
  def __div__(self, n):
    return Money(self.cents / n)
  def __nonzero__(self):
    return self.cents != 0
  def __cmp__(self, other):
    return cmp(self.cents, other.cents)
  def __repr__(self):
    return 'Money(%d)' % self.cents
  def __str__(self):
    return '%d.%02d' % divmod(self.cents, 100)

if __name__ == '__main__':
  m = Money(1001)
  print m, repr(m), m / 3, [m / 2]
  print bool(Money(0)), bool(m), 'yes' if Money(5) else 'no'
  print Money(5) < Money(7), Money(5) == Money(5), Money(9) >= Money(10)
  print sorted([Money(300), Money(100), Money(200)])
  print max(Money(1), Money(3)), cmp(Money(1), Money(3))
  print Money(250), '%s and %r' % (m, m)
