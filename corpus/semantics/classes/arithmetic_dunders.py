# -*- coding:utf-8 -*-
# 算术运算符重载: __add__ __radd__ __iadd__ __sub__ __mul__ __rmul__ __truediv__ __neg__ __abs__

class Vector(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:          # 让 sum() 可以从 0 开始
            return self
        return NotImplemented

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Vector(%r, %r)' % (self.x, self.y)

class Accumulator(object):
    def __init__(self):
        self.total = 0

    def __iadd__(self, value):
        self.total += value
        return self

if __name__ == '__main__':
    a, b = Vector(1, 2), Vector(3, 4)
    print(a + b, b - a, a * 3, 3 * a, -a, abs(b), b / 2, b // 2)
    print(sum([a, b, Vector(10, 10)]), a + b == Vector(4, 6), a == (1, 2))
    c = a
    c += b
    print(c, a, c is a)
    acc = Accumulator()
    before = acc
    acc += 5
    acc += 7
    print(acc.total, acc is before)
    try:
        print(a + 1)
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(1 - a)
    except TypeError as e:
        print('TypeError:', e)
    print(Vector(0.5, 1) * 2, Vector(2 ** 60, 1) * 16)
