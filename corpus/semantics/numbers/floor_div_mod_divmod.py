# -*- coding:utf-8 -*-
# //, %, divmod 对负数的规则: 向负无穷取整, 余数和除数同号

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]

if __name__ == '__main__':
    for a, b in pairs:
        print('%3d // %2d = %3d   %3d %% %2d = %3d   divmod = %s' % (
            a, b, a // b, a, b, a % b, divmod(a, b)))
    for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-1e-20, 1.0)]:
        print(a, b, a // b, a % b, divmod(a, b))
    print(-1 % 10, -11 % 10, -10 % 10, 13 % -10)
    print((-2 ** 70) // 3, (-2 ** 70) % 3, divmod(-2 ** 70, 2 ** 35 + 1))
    print(5 % 1.5, -5 % 1.5, 5.0 // 1.5)
    for seconds in [59, 61, 3599, 3661, 86399]:
        m, s = divmod(seconds, 60)
        h, m = divmod(m, 60)
        print('%02d:%02d:%02d' % (h, m, s))
    try:
        print(5 // 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(5 % 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(divmod(5.0, 0))
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
