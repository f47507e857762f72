# -*- coding:utf-8 -*-
# Python 2: 新式类 (继承 object) 用 super(Class, self); 旧式类只能直接调用父类方法

class SummingThread(object):
  def __init__(self, low, high):
    super(SummingThread, self).__init__()
    self.low = low
    self.high = high
    self.total = 0

  def run(self):
    for i in range(self.low, self.high):
      self.total += i

class LoggingSumming(SummingThread):
  def __init__(self, low, high, label):
    super(LoggingSumming, self).__init__(low, high)
    self.label = label

  def run(self):
    print 'start', self.label
    super(LoggingSumming, self).run()
    print 'end', self.label, self.total

class OldBase:
  def __init__(self, name):
    self.name = name
  def hello(self):
    return 'hello from ' + self.name

class OldChild(OldBase):
  def __init__(self, name):
    OldBase.__init__(self, name)   # 旧式类不能用 super
  def hello(self):
    return OldBase.hello(self).upper()

if __name__ == '__main__':
  thread1 = LoggingSumming(0, 500000, 'first')
  thread2 = LoggingSumming(500000, 1000000, 'second')
  thread1.run()
  thread2.run()
  print thread1.total + thread2.total
  c = OldChild('old')
  print c.hello(), isinstance(c, OldBase)
  print [k.__name__ for k in LoggingSumming.__mro__]
  try:
    super(OldChild, c).hello()
  except TypeError, e:
    print 'TypeError:', e
