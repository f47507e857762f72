# -*- coding:utf-8 -*-
# random.seed(n) 之后的数值是确定的 (CPython 的 Mersenne Twister)
import random
from random import random as rand

tasks = ['听音乐', '吃饭', '洗衣服', '打游戏', '散步', '看孩子', '做饭']

if __name__ == '__main__':
    random.seed(42)
    print([random.random() for _ in range(3)])
    print([random.randint(1, 10) for _ in range(10)])
    print(random.choice(tasks), random.choice('abcdef'), random.choice(range(100)))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck)
    print(random.uniform(1, 2), random.uniform(-5, 5))
    print(random.randrange(10), random.randrange(0, 100, 5), random.randrange(2 ** 70))
    print(random.sample(tasks, 3), random.sample(range(1000), 4))
    print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
    random.seed(0)
    first = rand()
    random.seed(0)
    print(first == rand(), first, '%0.2f' % (rand() * 2))
    random.seed(2024)
    print(['%.3f' % random.random() for _ in range(5)])
    random.seed(12345678901234567890)
    print(random.random(), random.randint(-100, 100))
    random.seed('hello')
    print(random.random())
    random.seed(-7)
    print(random.random(), random.choice(tasks))
    state = random.getstate()
    a = [random.random() for _ in range(3)]
    random.setstate(state)
    print(a == [random.random() for _ in range(3)])
    r = random.Random(99)
    print(r.random(), r.randint(0, 5), random.Random(99).random() == random.Random(99).random())
    print(random.choices(tasks, k=4), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
