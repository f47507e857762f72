# -*- coding:utf-8 -*-
# Python 2 的 unicode 方法: 结果仍是 unicode, 和 str 混用时按 ASCII 提升
import sys

if __name__ == '__main__':
  u = u'进程池 Pool'
  print repr(u.upper()), repr(u.split()), repr(u.replace(u'Pool', 'ok'))
  print len(u), len(u.encode('utf-8')), u.startswith(u'进程'), u[0:2].encode('utf-8')
  print repr(u'-'.join(['a', u'b'])), repr('-'.join([u'a', 'b'])), repr('x,y'.split(u','))
  print repr(u'%s=%d' % ('k', 3)), repr('%s|%r' % (u'a', u'b')), type('%r' % u'x').__name__
  print repr(unicode('abc')), repr(unichr(0x4e2d)), ord(u'\u4e2d'), repr(str(u'ascii'))
  print u'abc' == 'abc', {u'k': 1}['k'], u'b' > 'a', sorted([u'b', 'a', u'c'])
  print repr('中文'.decode('utf-8')), repr(u'\xe9'.encode('latin-1')), isinstance(u, basestring)
  try:
    str(u)
  except UnicodeEncodeError, e:
    print 'UnicodeEncodeError:', e
  sys.stdout.write(u'写入 unicode\n')
  print u'直接打印', '字节串'
