# -*- coding:utf-8 -*-
# sys.stdout.write / sys.stderr.write: 不自动换行, 返回写入的字符数; 和 print 混用
import sys

if __name__ == '__main__':
    sys.stdout.write('Run the main process.\n')
    n = sys.stdout.write('no newline, ')
    sys.stdout.write('then more\n')
    print('write returned', n)
    for i in range(3):
        sys.stdout.write('%d ' % i)
    sys.stdout.write('\n')
    count = sys.stdout.write('中文\n')
    print('chinese write returned', count)
    sys.stdout.write('partial')
    print(' + print on the same line')
    sys.stderr.write('an error line\n')
    sys.stdout.flush()
    sys.stdout.writelines(['a\n', 'b\n'])
    print('x', file=sys.stdout, end='|')
    print('y', file=sys.stdout)
    sys.stdout.write('')
    try:
        sys.stdout.write(42)
    except TypeError as e:
        print('TypeError:', e)
    out = sys.stdout
    out.write('via alias\n')
    print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
