# -*- coding:utf-8 -*-
# 中文字符串: 长度按字符计算, 切片, 编码成 utf-8 后的字节数, 宽度对齐

tasks = ['听音乐', '吃饭', '洗衣服', '打游戏', '散步', '看孩子', '做饭']

if __name__ == '__main__':
    for t in tasks:
        print('开始做任务', t, len(t), len(t.encode('utf-8')))
    text = 'Python实现进程同步和通信的方法'
    print(text[:6], text[6:8], text[-2:], text[::-1][:4])
    print(text.find('进程'), text.count('程'), '同步' in text, text.replace('进程', '线程'))
    print(repr(text), ascii(text[6:8]), str(text[6:8]))
    print('%-6s|%6s|' % ('吃饭', '做饭'), '{:^8}|'.format('散步'))
    encoded = '中文'.encode('utf-8')
    print(encoded, len(encoded), list(encoded), encoded.decode('utf-8'))
    print('中文'.encode('gbk'), b'\xd6\xd0\xce\xc4'.decode('gbk'))
    print([ord(c) for c in '进程'], chr(0x4e2d) + chr(0x6587), '\u4e2d\u6587')
    print(sorted(tasks), max(tasks), min(tasks))
    print('，'.join(tasks[:3]), '、'.join(['a', 'b']))
    emoji = '进程🚀'
    print(len(emoji), emoji[-1], emoji[::-1], emoji.encode('utf-8'))
    print('ＡＢＣ'.lower(), 'ä'.upper(), '中'.isalpha(), '三'.isdigit(), '３'.isdigit(), int('３'))
    print('【进程】'.strip('【】'), '  中文  '.strip(), '中文'.center(6, '*'))
    print({'任务': 1, '进程': 2}, ['听音乐'], ('吃饭',))
