# -*- coding:utf-8 -*-
# 字符串拼接: 'Process' + str(i), 重复, join
import sys

names = []
for i in range(6):
  names.append('Process' + str(i))

print names
print ', '.join(names)
print 'arg' + str(3) + '=' + str(3 * 3)
print '-' * 20
label = ''
for i in range(4):
  label += str(i)
print label, len(label)
print 'pi is ' + str(3.5) + ', half is ' + str(1 / 2.0)
print str(10 ** 20) + ' is long'
print str(None) + str(True) + str([1, 2])
s = '任务' + str(1)
print s
words = ['Hello', 'This', 'is', 'proc1']
print ','.join(words)
print ' '.join(w.upper() for w in words)
try:
  print 'count: ' + 5
except TypeError, e:
  print >>sys.stderr, 'TypeError:', e
print 'count: ' + repr(5) + ' ' + repr('5')
