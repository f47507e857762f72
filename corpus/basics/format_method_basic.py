# -*- coding:utf-8 -*-
# str.format: 位置参数, 关键字参数, 宽度和精度

def getfile(files):
    for file in files:
        print('{}文件保存成功'.format(file))

if __name__ == '__main__':
    getfile(['a.jpg', 'b.jpg'])
    print('{} + {} = {}'.format(1, 2, 1 + 2))
    print('{0} {1} {0}'.format('x', 'y'))
    print('{name} is {age} years old'.format(name='bob', age=30))
    print('[{:>6}] [{:<6}] [{:^6}]'.format('ab', 'ab', 'ab'))
    print('[{:6d}] [{:06d}] [{:+d}]'.format(42, 42, 42))
    print('{:.2f} {:.0f} {:.3e}'.format(3.14159, 2.5, 12345.678))
    print('{:,}'.format(1234567))
    print('{:x} {:X} {:o} {:b}'.format(255, 255, 8, 5))
    print('{!r} {!s}'.format('text', 'text'))
    print('{0[1]} {1[k]}'.format(['a', 'b'], {'k': 'v'}))
    print('{:%}'.format(0.25))
    print('{{literal}} {}'.format('braces'))
    row = '{:<8}|{:>5}|{:>8.2f}'
    for name, count, secs in [('听音乐', 1, 0.5), ('吃饭', 12, 2.25)]:
        print(row.format(name, count, secs))
    print('{}'.format(1.0), '{}'.format(None), '{}'.format([1, 2]))
