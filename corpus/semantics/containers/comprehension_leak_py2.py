# -*- coding:utf-8 -*-
# Python 2: 列表推导式的循环变量会泄漏到外层; map/filter/zip 返回列表

if __name__ == '__main__':
  x = 'outer'
  squares = [x * x for x in range(5)]
  print squares, x
  y = 'outer'
  gen_total = sum(y for y in range(5))
  print gen_total, y
  z = 'outer'
  s = {z for z in range(3)}
  print sorted(s), z
  print map(lambda v: v * 10, [1, 2, 3]), filter(None, [0, 1, '', 'a', None])
  print zip('abc', [1, 2, 3]), zip([1, 2], [3])
  print map(None, [1, 2], ['a', 'b'])
  print filter(lambda c: c != 'l', 'hello'), filter(lambda v: v > 1, (1, 2, 3))
  print reduce(lambda a, b: a + b, range(1, 11)), reduce(lambda a, b: a * b, [1, 2, 3], 10)
  print [i for i in xrange(10) if i % 3 == 0]
  print {i: i * i for i in range(4)}
  pairs = [(i, j) for i in range(2) for j in range(2)]
  print pairs, i, j
