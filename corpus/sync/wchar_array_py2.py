# -*- coding:utf-8 -*-
# 共享 unicode 数组 (Python 2)
from multiprocessing import Process, Array, RawArray


def write_letter(arr, i, ch):
    arr[i] = ch


if __name__ == '__main__':
    letters = Array('u', 5)
    ps = [Process(target=write_letter, args=(letters, i, ch)) for i, ch in enumerate(u'hello')]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print repr(letters[:]), repr(letters[0])
    print letters[1:4], letters[::-1]

    name = RawArray('u', u'abc')
    print name.value, len(name)
    name.value = 'xy'
    print repr(name.value), repr(name[:])
    try:
        name.value = u'too long'
    except ValueError, e:
        print 'ValueError:', e
    try:
        letters[0] = u'xy'
    except TypeError, e:
        print 'TypeError:', e
    try:
        letters[0] = 5
    except TypeError, e:
        print 'TypeError:', e
