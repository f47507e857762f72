# -*- coding:utf-8 -*-
# Python 2 的 round: 五入远离零, 总是返回 float

if __name__ == '__main__':
  for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675]:
    print x, round(x), type(round(x)).__name__
  print round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2)
  print round(3.14159, 3), round(1234.5678, -2), round(1250, -2), round(1350, -2)
  print round(-1250, -2), round(15, -1), round(25, -1), round(7, 2)
  print round(5), type(round(5)).__name__
  print int(round(2.5)), int(2.5), int(-2.5)
  print '%.0f %.0f %.0f %.1f' % (0.5, 1.5, 2.5, 0.25)
  print '{:.0f} {:.2f}'.format(2.5, 2.675)
  print round(0.1 + 0.2, 10), round(1 / 3.0, 5), round(123.456, 1)
  print repr(round(0.1 + 0.2, 10)), repr(round(2.675, 2))
  print round(float('inf')), round(1e20), round(-0.4)
