# -*- coding:utf-8 -*-
# Python 2 的生成器: gen.next() 方法, 没有 yield from, return 不能带值

def producer(sequence):
  for item in sequence:
    print 'produce', item
    yield item

def counsumer(gen):
  while True:
    try:
      item = gen.next()
    except StopIteration:
      print 'no more items'
      break
    print 'consume', item

def squares(n):
  for i in xrange(n):
    yield i * i

if __name__ == '__main__':
  counsumer(producer(['a', 'b']))
  g = squares(4)
  print g.next(), next(g), list(g)
  print sum(squares(1000)), list(squares(0))
  acc = []
  def collect():
    while True:
      x = yield
      acc.append(x)
  c = collect()
  c.next()
  for v in range(3):
    c.send(v * 10)
  print acc
  print type(g).__name__, hasattr(g, 'next'), hasattr(g, '__next__')
