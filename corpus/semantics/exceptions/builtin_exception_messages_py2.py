# -*- coding:utf-8 -*-
# Python 2 的内建异常消息, 用 except E, e 的写法

def attempt(label, func):
  try:
    func()
  except Exception, e:
    print '%-14s %-18s %s' % (label, type(e).__name__, e)

if __name__ == '__main__':
  d = {'arg0': 0}
  L = [1, 2, 3]
  attempt('dict key', lambda: d['arg9'])
  attempt('list index', lambda: L[5])
  attempt('int div', lambda: 1 / 0)
  attempt('float div', lambda: 1.0 / 0)
  attempt('modulo', lambda: 1 % 0)
  attempt('long div', lambda: 10L / 0)
  attempt('int()', lambda: int('abc'))
  attempt('str + int', lambda: 'a' + 1)
  attempt('int + str', lambda: 1 + 'a')
  attempt('call int', lambda: L[0]())
  attempt('attribute', lambda: L.push(4))
  attempt('name', lambda: undefined_name)
  attempt('unpack', lambda: [a for a, b in [(1, 2, 3)]])
  attempt('list.remove', lambda: L.remove(9))
  attempt('list.index', lambda: L.index(9))
  attempt('pop empty', lambda: [].pop())
  attempt('len int', lambda: len(5))
  attempt('unhashable', lambda: {[]: 1})
  try:
    d['missing key']
  except KeyError, e:
    print repr(e), e.args, str(e), e.message
  try:
    raise ValueError('a', 2)
  except ValueError, e:
    print repr(e), e.args, str(e)
