# -*- coding:utf-8 -*-
# 浮点数的 repr: 最短往返表示, 指数形式的阈值, inf/nan/-0.0
import math

values = [2.0, 0.5, 1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 1e-4,
          1e-5, 0.0001234, 1e22, 1.5e300 * 1e10, 2.5e-320, 100.0, -0.0, 0.0]

if __name__ == '__main__':
    for v in values:
        print(repr(v), str(v), v)
    inf = float('inf')
    nan = float('nan')
    print(inf, -inf, nan, [inf, nan, -0.0])
    print(inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308)
    print(math.isnan(nan), math.isinf(-inf), math.floor(-2.5), math.ceil(2.1))
    print(math.sqrt(2), math.pi, math.e)
    print(0.1 * 3, 1.1 + 2.2, 3.0 * 1.1, 1e16 + 1, 2 ** 0.5)
    print(float(10), float(-3), 7.0 / 2, 10 / 2, 9.99999999999999999)
    print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
    print(round(2.0), 3.0 == 3, hash(3.0) == hash(3), int(-0.0))
    print(-0.0 == 0.0, math.copysign(1, -0.0), str(-0.0), abs(-0.0))
    print(float('1e500'), float('-nan'), float(' 12.5 '), float('1_000.5'))
    print(sum([0.1] * 10), 0.1 * 10, math.fsum([0.1] * 10))
    print((2.0).is_integer(), (2.5).is_integer(), (1e300).is_integer())
