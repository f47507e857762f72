# -*- coding:utf-8 -*-
# print 语句: 逗号分隔的多个值, 以及行尾逗号(不换行, 下一个 print 先补一个空格)

def show_row(name, values):
  print name + ':',        # 行尾逗号: 不换行
  for v in values:
    print v,
  print                     # 单独的 print 输出一个换行

if __name__ == '__main__':
  print 'Run the main process.'
  print 'a', 1, 2.5, None, True
  print 'tasks', ['听音乐', '吃饭'][0], 'done'
  show_row('row0', [1, 2, 3])
  show_row('row1', range(5))
  for i in range(3):
    print i,
  print 'end'               # 接在同一行后面
  print 'x',
  print '\n', 'after newline'  # 以换行结尾的字符串后不再补空格
  print 'tab\t',
  print 'next'
  print ''
  print '',
  print 'empty string before'
  print 'Waiting for all subprocesses done ...'
