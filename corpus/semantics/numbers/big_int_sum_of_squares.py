# -*- coding:utf-8 -*-
# 大整数: 超过 2**53 的整数必须精确 (JavaScript 的 number 做不到)

def total_of_squares(n):
    return sum(i * i for i in range(n))

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

if __name__ == '__main__':
    print(total_of_squares(10 ** 6))
    print(2 ** 53, 2 ** 53 + 1, 2 ** 64, -2 ** 63)
    print(9007199254740993 - 1, 9007199254740993 % 10)
    print(factorial(25))
    print(factorial(30) // factorial(28), factorial(20) % 1000003)
    big = 123456789 * 987654321 * 1000003
    print(big, -big, big // 7, big % 7, -big // 7, -big % 7)
    print(big * big)
    print(divmod(big, 10 ** 9))
    print(10 ** 18 + 1 == 10 ** 18, 2 ** 60 < 2 ** 60 + 1)
    x = 1
    for i in range(70):
        x = x * 2
    print(x, x - 1, x >> 65, len(str(x)))
    print(int('123456789012345678901234567890') + 1)
    print(float(2 ** 64), int(1e20), int(2.0 ** 70))
    print(abs(-2 ** 70), max(2 ** 80, 3 ** 50), hex(2 ** 64), str(-10 ** 20))
    print(type(2 ** 100).__name__, isinstance(2 ** 100, int))
    print(sum([2 ** 62, 2 ** 62, 2 ** 62]) // 3 == 2 ** 62)
