# -*- coding:utf-8 -*-
# % 格式化: 宽度, 对齐, 精度, %r 和 %%

def report(name, seconds, count):
  # %-10s| 左对齐, %5s 右对齐, %0.2f 保留两位小数
  print '%-10s|%5s|%0.2f' % (name, count, seconds)

if __name__ == '__main__':
  print 'Run child process %s (%s)' % ('Process0', 'main')
  print 'Task %s runs %0.2f seconds.' % (3, 1.0)
  print 'Task %d runs %0.2f seconds.' % (4, 0.2 * 5)
  report('听音乐', 0.5, 1)
  report('eat', 2.25, 12)
  report('longer-name', 10.0 / 3, 123456)
  print '[%5s]' % 'ab'
  print '[%-5s]' % 'ab'
  print '[%5d]' % 42
  print '[%-5d]' % 42
  print '[%05d]' % 42
  print '[%+d] [%+d]' % (7, -7)
  print '[%8.3f]' % 3.14159
  print '[%-8.1f]' % 2.0
  print '%r and %s' % ('text', 'text')
  print '%r' % [1, 'a', None]
  print '%s' % ((1, 2),)
  print 'progress: %d%%' % 75
  print '%x %X %o' % (255, 255, 8)
  print '%e' % 12345.678
  print '%s=%s' % ('key', {'a': 1})
  name = 'Process' + str(7)
  print 'name: %(n)s, index: %(i)d' % {'n': name, 'i': 7}
