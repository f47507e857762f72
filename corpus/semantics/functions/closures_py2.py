# -*- coding:utf-8 -*-
# Python 2 没有 nonlocal: 用可变容器 (列表/字典) 在闭包里保存状态

def make_counter(start=0):
  state = [start]
  def increment(step=1):
    state[0] += step
    return state[0]
  return increment

def make_logger(prefix):
  lines = []
  def log(msg):
    lines.append('%s: %s' % (prefix, msg))
    return len(lines)
  def dump():
    for line in lines:
      print line
  return log, dump

m = 1
def test1(x):
  global m
  def bump():
    return m + x
  m = bump()
  return m

if __name__ == '__main__':
  inc = make_counter()
  inc()
  inc(5)
  print inc(), inc(0)
  other = make_counter(100)
  print other(), inc()
  log, dump = make_logger('worker')
  log('start')
  log('done')
  dump()
  print test1(1), test1(10), m
  funcs = [lambda: i for i in range(3)]
  print [f() for f in funcs], i
  print inc.func_name, inc.__name__
