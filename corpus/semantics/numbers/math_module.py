# -*- coding:utf-8 -*-
# math 模块: floor/ceil 返回 int, 定义域错误, fsum, 常量
import math

if __name__ == '__main__':
    print(math.floor(2.7), math.ceil(-2.7), math.trunc(-2.7), type(math.floor(2.0)).__name__)
    print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log10(1000))
    print(math.factorial(20), math.gcd(12, 18), math.fabs(-3), math.hypot(3, 4))
    print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
    print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan))
    print(math.sin(0), math.cos(0), math.degrees(math.pi), math.radians(180))
    for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000)]:
        try:
            bad()
        except (ValueError, OverflowError) as e:
            print(type(e).__name__ + ':', e)
    print(math.modf(3.5), math.copysign(2, -0.0), math.floor(10 ** 20 + 0.5))
