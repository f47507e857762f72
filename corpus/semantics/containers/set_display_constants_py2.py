# -*- coding:utf-8 -*-
# Python 2 的集合字面量总是一个一个地加元素 (BUILD_SET), 没有 frozenset 常量,
# 所以同样的元素换个顺序写, 打印顺序可能不同.


def build_in_function():
    return {9, 1, 25, 17}


if __name__ == '__main__':
    print {1, 9, 17, 25}
    print {100, 5, 37}
    print {25, 17, 9, 1}
    print build_in_function()
    print {7, 15}, {15, 7}
    for x in {15, 7}:
        print 'for', x
    print [y for y in {23, 7, 15}]
    c = 11
    print {3, 11, 19} if c in {19, 11, 3} else None
    print {1.0, 9, 17, 25}, {True, 9, 17, 25}
    print {-1, 2 ** 3, 7, (1, 2)}
    s = {1, 9, 17, 25}
    s.add(33)
    print s, len(s)
