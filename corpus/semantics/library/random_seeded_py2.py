# -*- coding:utf-8 -*-
# Python 2 的 random: random() 序列和 Python 3 相同, 但 randint/choice/shuffle 的算法不同
import random
from random import random as rand

tasks = ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg', 'e.jpg']

if __name__ == '__main__':
  random.seed(42)
  print [random.random() for _ in range(3)]
  print [random.randint(1, 10) for _ in range(10)]
  print random.choice(tasks), random.choice('abcdef'), random.choice(range(100))
  deck = range(10)
  random.shuffle(deck)
  print deck
  print random.uniform(1, 2), repr(random.uniform(-5, 5))
  print random.randrange(10), random.randrange(0, 100, 5), random.randrange(2 ** 70)
  print random.sample(tasks, 3), random.sample(xrange(1000), 4)
  print random.getrandbits(8), random.getrandbits(64)
  random.seed(0)
  first = rand()
  random.seed(0)
  print first == rand(), repr(first), '%0.2f' % (rand() * 2)
  random.seed(2024)
  print ['%.3f' % random.random() for _ in range(5)]
  random.seed(12345678901234567890)
  print repr(random.random()), random.randint(-100, 100)
  random.seed(-7)
  print repr(random.random()), random.choice(tasks)
  r = random.Random(99)
  print repr(r.random()), r.randint(0, 5)
  for i in range(3):
    print 'sleep for %0.3f' % (rand() * 2)
