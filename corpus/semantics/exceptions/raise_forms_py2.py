# -*- coding:utf-8 -*-
# Python 2 的 raise 写法: raise E, 'msg'; 裸 raise 重新抛出; except E, e

class Full(Exception):
  pass

def put(q, item, maxsize=2):
  if len(q) >= maxsize:
    raise Full, 'queue is full'
  q.append(item)

def check(x):
  if x < 0:
    raise ValueError('negative: %d' % x)
  return x

if __name__ == '__main__':
  q = []
  for item in 'abc':
    try:
      put(q, item)
      print 'put', item
    except Full, e:
      print 'Full:', e, repr(e), e.args
  try:
    try:
      check(-1)
    except ValueError:
      print 'handling, then re-raising'
      raise
  except ValueError, e:
    print 'outer:', e
  try:
    raise KeyError, ('k',)
  except KeyError, e:
    print 'KeyError:', e, e.args
  try:
    raise IndexError
  except (IndexError, KeyError), e:
    print 'tuple form:', repr(e)
  try:
    check(-5)
  except Exception as e:
    print 'as form works too:', e
  print 'e still defined:', e
