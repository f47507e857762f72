# -*- coding:utf-8 -*-
# 共享字符数组: Array('u') 的切片和 value 是字符串
from multiprocessing import Process, Array, RawArray


def write_letter(arr, i, ch):
    arr[i] = ch


if __name__ == '__main__':
    letters = Array('u', 5)
    ps = [Process(target=write_letter, args=(letters, i, ch)) for i, ch in enumerate('hello')]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(letters[:])
    print(letters[1:4], letters[::-1], letters[-1], list(letters))
    print(repr(Array('u', 3)[:]))

    name = RawArray('u', u'张三丰')
    print(name.value, len(name))
    name.value = u'李四'
    print(name.value, repr(name[:]))
    try:
        name.value = u'太长的名字'
    except ValueError as e:
        print('ValueError:', e)
    try:
        letters[0] = 'xy'
    except TypeError as e:
        print('TypeError:', e)
    try:
        letters[0] = b'x'
    except TypeError as e:
        print('TypeError:', e)
