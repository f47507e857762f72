# -*- coding:utf-8 -*-
# 字符串字面量和 repr: 引号的选择, 转义字符, 原始字符串, 三引号

if __name__ == '__main__':
    samples = ["it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline',
               'back\\slash', '\x00\x07\x1b', '\u00e9\u4e2d', '\x7f\x80\xff', '', ' ']
    for s in samples:
        print(repr(s), len(s))
    print(r'raw\n\t', len(r'raw\n'), r'C:\path\to')
    print('''triple
quoted''', """also 'fine' "here\"""")
    print('con' 'cat' "enated", 'a' + 'b' * 3)
    print('\N{BULLET} \u2022 \U0001F600'.encode('utf-8'))
    print('\033[31;1mfunction f\033[0m'.replace('\033', 'ESC'))
    print(repr('\r\n'), repr('\\n'), '\x41\102\u0043')
    print(str(b'bytes'), repr(b'it\'s'), b'a\x00b', bytes([65, 66]), b'ab' + b'cd')
    print(repr(['a', "b'c", 'd"e']), repr(('x',)), repr({'k': 'v\n'}))
    print(ascii('中 é'), ascii(['ü']))
    line = 'a\tb'
    print(line.expandtabs(), line.split('\t'), '\\'.join(['a', 'b']))
