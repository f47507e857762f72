# A loop over range(n) / xrange(n) where n arrives from a caller: ints, longs,
# bools, an object with __int__ (Python 2 converts with it), and values range()
# refuses, __index__ alone included (checked once, before the first step).
class Three(object):
    def __int__(self):
        return 3


class Index(object):
    def __index__(self):
        return 3


def total_of(n, start=None):
    total = 0
    if start is None:
        for i in range(n):
            total += i * i % 7
    else:
        for i in xrange(2, n, 3):
            total += i
    return total


for stop in [0, 1, 10, -4, True, 12L, 10 ** 6, Three()]:
    print stop if not isinstance(stop, Three) else 'Three()', total_of(stop), total_of(stop, 2)

for bad in [2.5, '3', None, Index()]:
    try:
        total_of(bad)
    except TypeError, e:
        print type(bad).__name__, 'TypeError:', e
    try:
        total_of(bad, 2)
    except TypeError, e:
        print type(bad).__name__, 'TypeError:', e
