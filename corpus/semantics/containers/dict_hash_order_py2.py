# -*- coding:utf-8 -*-
# Python 2 的字典按哈希顺序遍历: 字符串键的顺序不是插入顺序
# (CPython 2 默认不做哈希随机化, 所以这个顺序每次都一样; 文章里的 Manager 输出就是这样)

def func(dt, lt):
  for i in range(10):
    key = 'arg' + str(i)
    dt[key] = i * i
  lt += range(11, 16)

if __name__ == '__main__':
  dt = {}
  lt = []
  func(dt, lt)
  print dt, '\n', lt
  print dt.keys()
  print {'name': 'Bob', 'spam': 10}
  print dict(a=1, b=2, c=3, d=4)
  print set(['听音乐', 'a', 'b', 'c'])
  print {'x': 1, 'y': 2, 'z': 3}.items()
  print [k for k in {'apple': 1, 'banana': 2, 'cherry': 3}]
  print {(1, 2): 'a', (3, 4): 'b', 'k': 'c', 5: 'd', 2.5: 'e'}
