# -*- coding:utf-8 -*-
# Python 2: sys.exit('message') 把消息写到 stderr, 退出码为 1
import sys

def check(values):
  for v in values:
    if v < 0:
      sys.exit('negative value: %d' % v)
    print 'ok', v

if __name__ == '__main__':
  try:
    sys.exit(0)
  except SystemExit, e:
    print 'caught', e.code, repr(e)
  check([3, 1, -4, 5])
  print 'never printed'
