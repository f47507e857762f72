# -*- coding:utf-8 -*-
# print >>sys.stderr: 把提示信息写到标准错误, 正常结果写到标准输出
import sys

def check_value(name, value):
  if value < 0:
    print >>sys.stderr, 'warning: %s is negative (%d)' % (name, value)
    return False
  print 'value %s = %d' % (name, value)
  return True

if __name__ == '__main__':
  ok = 0
  for i, v in enumerate([3, -1, 7, -20, 0]):
    if check_value('v' + str(i), v):
      ok += 1
  sys.stdout.flush()
  print >>sys.stderr, 'checked', 5, 'values,',
  print >>sys.stderr, ok, 'ok'
  print >>sys.stdout, 'stdout via >>'
  print 'All values checked'
