# -*- coding:utf-8 -*-
# 常用字符串方法

s = '  Hello,This is proc1  '

if __name__ == '__main__':
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxabcxx'.strip('x')))
    t = s.strip()
    print(t.split(','), t.split(), t.split(' ', 1), t.rsplit(' ', 1), 'a,,b'.split(','))
    print('a b\tc\n d'.split(), ''.split(), ''.split(','), 'line1\nline2\n'.splitlines())
    print(t.upper(), t.lower(), t.title(), 'hello world'.capitalize(), t.swapcase())
    print(t.replace('is', 'IS'), t.replace('is', 'IS', 1), t.count('is'), t.count(''))
    print(t.find('This'), t.find('zzz'), t.index('proc'), t.rfind('i'), t.find('i', 8))
    print(t.startswith('Hello'), t.endswith(('1', '2')), t.startswith('This', 6))
    print('[' + 'ab'.center(7) + ']', '[' + 'ab'.ljust(5, '.') + ']', '[' + 'ab'.rjust(5) + ']')
    print('42'.zfill(5), '-42'.zfill(5), 'abc'.zfill(2))
    print(t.partition(','), t.rpartition(' '), t.partition('#'))
    print('123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '  '.isspace(), 'Ab'.islower(), 'AB'.isupper())
    print('-'.join(['2024', '01', '02']), ''.join(reversed('abc')), ', '.join(str(i) for i in range(4)))
    print('a-b-c'.split('-', maxsplit=1), '{} {}'.format('x', 'y'), 'tab\tx'.expandtabs(4))
    print(ord('a'), chr(98), 'abc' * 2, 'ab' + 'cd', 'b' in 'abc', 'abc' < 'abd', 'Z' < 'a')
    print(min('hello'), max('hello'), sorted('hello'), len('hello'), list('hi'))
    print(str.upper('x'), 'Hello'.casefold(), 'ß'.upper(), 'ǅ'.lower(), 'İ'.lower().__len__())
    try:
        t.index('zzz')
    except ValueError as e:
        print('ValueError:', e)
    try:
        t[0] = 'h'
    except TypeError as e:
        print('TypeError:', e)
