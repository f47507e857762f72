# -*- coding:utf-8 -*-
# Python 2 的旧式类 (不继承 object): type() 是 instance, 类型是 classobj

class Old:
  pass

class New(object):
  pass

class OldWithData:
  kind = 'old'
  def __init__(self, value):
    self.value = value
  def __str__(self):
    return 'OldWithData(%s)' % self.value
  def __len__(self):
    return self.value

if __name__ == '__main__':
  o = Old()
  n = New()
  print type(o).__name__, type(n).__name__
  print type(Old).__name__, type(New).__name__
  print o.__class__.__name__, n.__class__.__name__
  print isinstance(o, Old), isinstance(n, New), isinstance(n, object)
  d = OldWithData(3)
  print d, str(d), len(d), d.kind, OldWithData.kind
  d.extra = 'dynamic'
  print d.extra, hasattr(d, 'missing'), getattr(d, 'missing', 'default')
  print sorted(d.__dict__.items())
  print issubclass(New, object), type(o) == type(d)
