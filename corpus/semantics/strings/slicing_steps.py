# -*- coding:utf-8 -*-
# 切片: 起止步长, 负步长, 越界, 对字符串/列表/元组/range 都一样

s = 'Hello,This is proc1'
L = list(range(10))

if __name__ == '__main__':
    print(s[0:5], s[6:], s[:-6], s[-5:], s[::2], s[1::3], s[::-1], s[-1:-6:-1])
    print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:-100:-1], s[::-2])
    print(L[::3], L[8:2:-2], L[-3::-3], L[:3:-1], L[2:8][::-1], L[::-1][2:8])
    print(L[slice(1, 7, 2)], L[slice(None, None, -4)], (1, 2, 3, 4)[1::2])
    r = range(0, 20, 3)
    print(r[2], r[-1], list(r[1:5]), list(r[::-1]), r[::2], len(r[10:]))
    words = ['听音乐', '吃饭', '洗衣服', '打游戏', '散步']
    print(words[1:4], words[::-2], words[-1][::-1], '洗衣服'[1:])
    print([w[:1] for w in words], s[0], s[-1], s[len(s) - 1])
    i, j = 2, 7
    print(s[i:j], s[:i] + s[j:], s[i:j:2], L[i:j][1])
    try:
        print(s[::0])
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(s[100])
    except IndexError as e:
        print('IndexError:', e)
    try:
        print(L[10])
    except IndexError as e:
        print('IndexError:', e)
    try:
        print((1, 2)[2])
    except IndexError as e:
        print('IndexError:', e)
