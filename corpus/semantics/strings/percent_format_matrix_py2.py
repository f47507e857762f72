# -*- coding:utf-8 -*-
# Python 2 的 % 格式化: %s 对 float 用 str (12 位), long 没有 L

values = [0, 7, -7, 3.5, 0.1 + 0.2, 1e16, 2 ** 64, True]
specs = ['%s', '%r', '%d', '%5d', '%-5d|', '%05d', '%+d', '%x', '%.2f', '%e', '%g']

def fmt(spec, value):
  try:
    return spec % value
  except TypeError, e:
    return 'TypeError(%s)' % e

if __name__ == '__main__':
  for spec in specs:
    print '%-6s' % spec, ' '.join('[%s]' % fmt(spec, v) for v in values)
  print '%s|%r' % ('abc', u'abc')
  print '%5s|%-5s|%.1s|' % ('ab', 'ab', 'ab')
  print '%(a)s %(b)05.1f' % {'a': 'x', 'b': 2.25}
  print '%c%c %%' % (72, 'i')
  print '%s' % None, '%s %s' % (True, False)
  try:
    print '%d' % 'x'
  except TypeError, e:
    print 'TypeError:', e
  try:
    print '%s %s' % ('a',)
  except TypeError, e:
    print 'TypeError:', e
  print 'Run child process %s (%s)' % ('Process' + str(3), 'pid')
