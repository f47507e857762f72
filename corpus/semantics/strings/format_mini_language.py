# -*- coding:utf-8 -*-
# str.format 的格式规格迷你语言: [[fill]align][sign][#][0][width][,][.precision][type]

specs = ['', '>8', '<8', '^8', '*^9', '+', ' ', '08', ',', '_', '.3', '.2f', '8.2f',
         '+.1e', '.2%', 'x', '#x', '#b', 'o', 'g', '.3g', 'n', 'c', 'd']

def show(value):
    cells = []
    for spec in specs:
        try:
            cells.append('[' + format(value, spec) + ']')
        except (ValueError, TypeError, OverflowError) as e:
            cells.append('<' + type(e).__name__ + '>')
    print(repr(value).ljust(12), ' '.join(cells))

if __name__ == '__main__':
    for value in [42, -42, 1234567, 3.14159, -0.5, 1e20, 2.0, 'abc']:
        show(value)
    print('{:{w}.{p}f}|'.format(3.14159, w=10, p=3))
    print('{0:>{1}}|{0:<{1}}|'.format('中文', 6))
    print('{:=+8d}|{:=08.2f}|'.format(42, -3.5))
    print('{:,.2f} {:_x} {:#_b}'.format(1234567.891, 0xFFFFFF, 255))
    print('{:e} {:E} {:G}'.format(0.000123, 123456789.0, 1e-10))
    print(format(True), format(True, 'd'), format(None), format([1, 2]))
    print('{0!r:>10}|{0!s:<10}|'.format('ab'))
    try:
        print('{:d}'.format(2.5))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print('{:s}'.format(3))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print('{} {}'.format('only one'))
    except IndexError as e:
        print('IndexError:', e)
