# -*- coding:utf-8 -*-
# 简单的类: 分段累加, 和文章里的 SummingThread 一样的思路, 但顺序执行

class SummingWorker(object):
  def __init__(self, low, high):
    super(SummingWorker, self).__init__()
    self.low = low
    self.high = high
    self.total = 0

  def run(self):
    for i in xrange(self.low, self.high):
      self.total += i

  def __str__(self):
    return 'SummingWorker(%d, %d) total=%d' % (self.low, self.high, self.total)

class Counter:
  count = 0         # 类属性, 所有实例共享

  def __init__(self, name):
    self.name = name
    Counter.count += 1

if __name__ == '__main__':
  worker1 = SummingWorker(0, 500000)
  worker2 = SummingWorker(500000, 1000000)
  worker1.run()  # 顺序执行第一段
  worker2.run()
  result = worker1.total + worker2.total
  print result
  print worker1
  print str(worker2)
  print worker1.low, worker2.high
  c1 = Counter('a')
  c2 = Counter('b')
  print Counter.count, c1.count, c2.name
  print isinstance(worker1, SummingWorker), isinstance(c1, SummingWorker)
