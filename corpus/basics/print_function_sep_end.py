# -*- coding:utf-8 -*-
# Python 3 的 print 函数: sep=, end=, file=
import sys

def info(title):
    print(title)
    print('module name:', __name__)
    print()

if __name__ == '__main__':
    info('main process line')
    print('hello', 'bob')
    print('a', 'b', 'c', sep='')
    print('a', 'b', 'c', sep=', ')
    print('no newline', end='')
    print(' -> continued')
    print(1, 2, 3, sep='-', end='!\n')
    for i in range(5):
        print(i, end=' ')
    print()
    print('开始做任务', '听音乐')
    print('x', None, True, 2.5, [1, 'a'], (1,), {'k': 'v'})
    print('to stderr', 42, file=sys.stderr)
    print(*['p', 'q', 'r'])
    print(*range(3), sep='|')
    print('end', sep='***', end='\n\n')
    print('after blank line')
    sys.stdout.write('written directly\n')
    print('', end='')
    print('tab\t', 'next')
