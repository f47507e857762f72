# -*- coding:utf-8 -*-
# int()/float()/str() 之间的转换, 进制, 以及失败时的错误信息

def try_int(text, base=10):
    try:
        return int(text, base)
    except ValueError as e:
        return 'ValueError: %s' % e

if __name__ == '__main__':
    print(int('42'), int('  -7 '), int('+3'), int('1_000'), int('007'))
    print(int('ff', 16), int('0xff', 16), int('0b101', 0), int('777', 8), int('z', 36))
    print(int(3.9), int(-3.9), int(True), int(1e10), int('10') + int(2.5))
    print(float('3.25'), float(' -1e3 '), float(7), float('Infinity'), float('-inf'))
    print(str(42), str(-0), str(3.0), str(1e100), repr(10 ** 20))
    print(try_int('abc'), '|', try_int('12.5'), '|', try_int(''))
    print(try_int('9', 8), '|', try_int('g', 16))
    try:
        float('1,5')
    except ValueError as e:
        print('ValueError:', e)
    try:
        int(float('inf'))
    except OverflowError as e:
        print('OverflowError:', e)
    try:
        int(None)
    except TypeError as e:
        print('TypeError:', e)
    print(abs(-5), abs(-2.5), abs(True), -abs(0))
    print(max(1, 2.0), min(1, 1.0), max(2.0, 2), sum([1, 2.0]), sum([]))
    print(1 + True, 1.0 + True, 3 * False, 10 - 0.5)
    print(hex(255), oct(255), bin(255), int(hex(255), 16))
    print(chr(65), ord('A'), chr(20013), ord('中'))
    print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance(1, float))
    print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
