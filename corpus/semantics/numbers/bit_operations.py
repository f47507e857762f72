# -*- coding:utf-8 -*-
# 位运算: &, |, ^, ~, <<, >> 对负数和大整数 (无限位宽的补码)

if __name__ == '__main__':
    a, b = 12, 10
    print(a & b, a | b, a ^ b, ~a, -a, a << 2, a >> 2)
    print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 3, -12 >> 2, -1 >> 100)
    print(1 << 31, 1 << 32, 1 << 53, 1 << 64, 1 << 100)
    print((1 << 64) - 1 & 0xFFFF, (2 ** 70 + 5) >> 68, -(2 ** 70) >> 68)
    print(0xFF, 0o17, 0b1010, 0xdead_beef)
    print(bin(10), bin(-10), oct(64), hex(-255), hex(2 ** 40))
    print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
    print(0x7FFFFFFF + 1, 0xFFFFFFFF & -1, -1 & 0xFFFFFFFFFFFFFFFF)
    flags = 0
    for bit in (0, 3, 5):
        flags |= 1 << bit
    print(flags, bin(flags), [i for i in range(8) if flags >> i & 1])
    flags &= ~(1 << 3)
    flags ^= 0b11
    print(flags, format(flags, '08b'))
    print(True << 3, True & False, True | False, True ^ True, ~True)
    print(5 & 3 == 1, 5 & (3 == 1), 1 | 2 ^ 3 & 4)
    try:
        print(1 << -1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(1.5 & 1)
    except TypeError as e:
        print('TypeError:', e)
