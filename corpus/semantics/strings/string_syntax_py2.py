# -*- coding:utf-8 -*-
# Python 2 专有的字符串写法: 反引号 repr, u'' 前缀, print 多个值

class Point:
  def __init__(self, x, y):
    self.x = x
    self.y = y
  def __repr__(self):
    return 'Point(%d, %d)' % (self.x, self.y)

if __name__ == '__main__':
  n = 42
  print `n`, `'text'`, `[1, 'a']`, `2 ** 64`, `Point(1, 2)`
  print 'n = ' + `n` + '!'
  print u'unicode', repr(u'unicode'), ur'raw\n'
  s = 'Hello,This is proc1'
  print s.upper(), s.split(',')
  print 'abc'.encode('hex'), 'hex'.center(9, '-')
  import string
  print string.upper('abc'), string.join(['a', 'b'], '-'), string.ascii_letters[:5]
  print string.digits, string.ascii_lowercase[-3:]
  print str(1.5), str(10L), repr(10L), unicode(10)
  print 'a' 'b', 'c'
  print '%s' % u'mixed', type('%s' % u'mixed').__name__
  print isinstance('x', basestring), isinstance(u'x', basestring), isinstance('x', unicode)
