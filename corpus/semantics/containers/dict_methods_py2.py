# -*- coding:utf-8 -*-
# Python 2 的字典: has_key, iteritems/iterkeys/itervalues, keys()/items() 返回列表
# 整数键的字典顺序在 CPython 2 里是确定的

def func(dt):
  for i in range(10):
    dt[i] = i * i

if __name__ == '__main__':
  dt = {}
  func(dt)
  print dt
  print dt.has_key(3), dt.has_key(30), 3 in dt
  keys = dt.keys()
  print type(keys).__name__, keys[:4], len(dt.values()), dt.items()[-1]
  keys.append('not in dict')
  print len(keys), len(dt)
  total = 0
  for k, v in dt.iteritems():
    total += k * v
  print total, sum(dt.itervalues()), max(dt.iterkeys())
  print type(dt.iteritems()).__name__
  for k in dt.keys():
    if k % 2:
      del dt[k]      # keys() 是列表副本, 遍历时删除没有问题
  print dt
  print dt.get(4), dt.get(5), dt.get(5, 'missing'), dt.setdefault(5, 25), dt.pop(0)
  print sorted(dt.items()), dt.popitem() in [(2, 4), (4, 16), (5, 25), (6, 36), (8, 64)]
  d2 = dict(zip(range(3), 'abc'))
  print d2, dict.fromkeys([1, 2]), d2.copy() == d2
  d2.update(x=1)
  print sorted(d2.keys()), d2.viewkeys() & set([0, 1, 'x'])
