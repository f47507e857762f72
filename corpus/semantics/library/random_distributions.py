# -*- coding:utf-8 -*-
# random 的分布函数: 依赖 math 的 log/sqrt/cos/sin/exp, 结果要和 CPython (glibc libm) 逐位一致
import random

if __name__ == '__main__':
    random.seed(1)
    print(random.gauss(0, 1), random.gauss(10, 2))
    print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5))
    print(random.expovariate(2), random.expovariate(0.5))
    print(random.triangular(0, 10, 2), random.triangular())
    print(random.betavariate(2, 3), random.gammavariate(2, 1))
    print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(0, 1))
    random.seed(7)
    for i in range(5):
        print('%.6f' % random.gauss(100, 15))
    times = [random.expovariate(1 / 0.2) for _ in range(5)]
    print(['%0.2f' % t for t in times], '%0.3f' % sum(times))
