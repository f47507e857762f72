# -*- coding:utf-8 -*-
# 计算密集的整数循环: 翻译后有一个纯数字的快速版本 (有入口检查) 和一个精确版本.
# 两个版本都必须打印 CPython 的结果: 负数的 // 和 %, 0 * -1, 嵌套循环, break/else,
# 以及入口检查失败时 (累加器太大, 超过 2**53) 走精确版本. 超过 2**53 的累加器
# (立方和) 在快速版本里分成两个数字部分精确累加, 循环结束或出异常时写回.
import math


def accumulate(n, start):
    total = start
    for i in range(n):
        total += i * i % 7 - 3
    return total


def signs(n):
    out = 0
    for i in range(-5, n):
        a = i * -3
        b = a // 4
        c = a % -4
        d = -a
        out += b + c + d + i // 3 - i % 5
    return out, a, b, c, d


def triangle(n):
    count = 0
    for i in range(n):
        for j in range(n - i - 1):
            if (i + j) % 3 == 0:
                count += j
            elif j > 5:
                break
        else:
            count -= 1
    return count


def harmonic(n):
    total = 0.0
    for i in range(1, n):
        total += 1.0 / i - i / (i + 1)
    return total


def last_product(n):
    z = 0
    for i in range(n):
        z = i * -1
    return z, repr(z), math.copysign(1.0, z), str(float(z))


def scaled(n):
    k = 3
    x = 0
    for i in range(n):
        x += k * i
    return x


def cubes(n):
    t = 0
    for i in range(n):
        t += i * i * i
    return t


def signed_cubes(n):
    up = 0
    down = 100000000000000000000
    for i in range(n):
        up += (i - 700) * i * 3
        down -= i * i * i
    return up, down


def cubes_until_missing(xs, n):
    t = 0
    last = None
    try:
        for i in range(n):
            t += i * i * i
            last = xs[i]
    except IndexError:
        return t, 'IndexError', last
    return t, last


if __name__ == '__main__':
    print(accumulate(10, 0), accumulate(100000, 2 ** 40), accumulate(100000, 2 ** 41))
    print(accumulate(1000, -2 ** 60), accumulate(3, 2 ** 70))
    print(signs(20), signs(-3))
    print(triangle(30), triangle(0))
    print(harmonic(1000))
    print(last_product(1), last_product(5))
    print(scaled(1000), scaled(2 ** 21 + 5))
    print(cubes(2000), cubes(2100), cubes(300000), cubes(2 ** 21 + 1))
    print(signed_cubes(1000), signed_cubes(250000))
    print(cubes_until_missing(list(range(300000)), 400000), cubes_until_missing([1, 2], 2))
