# -*- coding:utf-8 -*-
# 字典: 'arg' + str(i) 作为键, 值为平方
# py2ts: py2

def func(dt):
  for i in range(10):
    key = 'arg' + str(i)
    dt[key] = i * i

if __name__ == '__main__':
  dt = {}
  func(dt)
  # 按键排序输出, 不依赖字典的内部顺序
  for key in sorted(dt.keys()):
    print('%s -> %d' % (key, dt[key]))
  print(len(dt), dt['arg7'], dt.get('arg10'), dt.get('arg10', -1))
  print(sorted(dt.items())[:3])
  print('arg3' in dt, dt.has_key('arg11'))
  total = 0
  for k, v in dt.iteritems():
    total += v
  print('total %d' % total)
  del dt['arg0']
  print(sorted(dt.values()))
  squares = dict((i, i * i) for i in range(6))
  print(squares)
  print(squares.keys())
