# -*- coding: utf-8 -*-
# Python 2: 只定义了 __eq__ 的类，!= 不会取反 __eq__，而是比较是不是同一个对象
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Both(Point):
    def __ne__(self, other):
        return not self.__eq__(other)


class Old:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


a = Point(1, 2)
b = Point(1, 2)
print a == b, a != b, a != a
c = Both(1, 2)
d = Both(1, 2)
print c == d, c != d
print Old(3) == Old(3), Old(3) != Old(3)
print [a] == [b], [a] != [b]
