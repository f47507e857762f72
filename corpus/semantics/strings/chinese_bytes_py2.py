# -*- coding:utf-8 -*-
# Python 2: 'str' 是字节串, u'' 才是 unicode; 容器里的中文 repr 会显示转义
# 注意: 直接 print 非 ASCII 的 unicode 依赖终端编码, 所以这里先 encode 成 utf-8

tasks = ['听音乐', '吃饭', '洗衣服']

if __name__ == '__main__':
  for t in tasks:
    print '开始做任务', t, len(t)
  print tasks
  print repr('吃饭'), repr(u'吃饭')
  u = u'吃饭'
  print u.encode('utf-8'), len(u), type(u).__name__, type('吃饭').__name__
  print len(u'听音乐'.encode('utf-8')), len('听音乐'.decode('utf-8'))
  print '吃饭' == u'吃饭'.encode('utf-8'), u == '吃饭'.decode('utf-8')
  print '%-8s|' % '吃饭', ('%-8s|' % u'吃饭').encode('utf-8')
  print '听音乐'[:3], repr('听音乐'[:2])
  print u'听音乐'[1:].encode('utf-8'), repr(u'听音乐'[::-1])
  print {'任务': 1}, [u'做饭'], (u'散步', 'ok')
  print str(u'abc'), unicode('abc'), u'abc' == 'abc', u'abc'
  print 'abc' + u'def', type('abc' + u'def').__name__
  print (u'%s 用时 %0.2f' % (u'吃饭', 1.0)).encode('utf-8')
  print '%s 用时 %0.2f' % ('吃饭', 1.0)
  print ord(u'中'), unichr(20013) == u'中', chr(65), ord('A')
  try:
    print '吃饭' + u'ok'
  except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
