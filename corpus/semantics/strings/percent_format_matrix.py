# -*- coding:utf-8 -*-
# % 格式化的组合: 转换类型 x 值 x 标志

values = [0, 7, -7, 3.5, -0.25, 1e16, 2 ** 64, True]
specs = ['%s', '%r', '%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%o',
         '%.2f', '%8.3f', '%e', '%.3g', '%g']

def fmt(spec, value):
    try:
        return spec % value
    except TypeError as e:
        return 'TypeError(%s)' % e

if __name__ == '__main__':
    for spec in specs:
        print('%-8s' % spec, ' '.join('[%s]' % fmt(spec, v) for v in values))
    print('%s|%r|%a' % ('中文', '中文', '中文'))
    print('%5s|%-5s|%.1s|%5.2s|' % ('ab', 'ab', 'ab', 'abc'))
    print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 3, 3.14159))
    print('%(a)s %(b)05.1f %(a)r' % {'a': 'x', 'b': 2.25})
    print('%c|%c|%%|' % (65, '中'))
    print('%#x %#o %#X' % (255, 8, 255))
    print('%s' % None, '%s' % [None], '%s %s' % (True, False))
    for bad in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b'))]:
        try:
            print(bad[0] % bad[1])
        except TypeError as e:
            print('TypeError:', e)
    try:
        print('%z' % 1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        print('%(k)s' % {'x': 1})
    except KeyError as e:
        print('KeyError:', e)
