# -*- coding:utf-8 -*-
# Python 3 的 round: 四舍六入五成双 (银行家舍入), 无第二参数时返回 int

if __name__ == '__main__':
    for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675]:
        print(x, round(x), type(round(x)).__name__)
    print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2))
    print(round(3.14159, 3), round(1234.5678, -2), round(1250, -2), round(1350, -2))
    print(round(-1250, -2), round(15, -1), round(25, -1), round(7, 2))
    print(round(2.5, 0), round(-0.4), round(-0.4, 0), round(1e20), round(1e16 + 2))
    print(round(5), type(round(5)).__name__, type(round(5.0, 1)).__name__)
    print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(123.456, 1))
    print(int(2.5), int(-2.5), int(3.99999), int(-0.9))
    print('%.0f %.0f %.0f %.1f' % (0.5, 1.5, 2.5, 0.25))
    print('{:.0f} {:.2f} {:.1f}'.format(2.5, 2.675, 0.35))
    try:
        print(round(float('inf')))
    except OverflowError as e:
        print('OverflowError:', e)
    try:
        print(round(float('nan')))
    except ValueError as e:
        print('ValueError:', e)
