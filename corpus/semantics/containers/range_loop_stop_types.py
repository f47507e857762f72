# A loop over range(n) where n arrives from a caller: ints, bools, an object with
# __index__, and values range() refuses (checked once, before the first step).
class Three(object):
    def __index__(self):
        return 3


def total_of(n, start=None):
    total = 0
    if start is None:
        for i in range(n):
            total += i * i % 7
    else:
        for i in range(2, n, 3):
            total += i
    return total


for stop in [0, 1, 10, -4, True, Three(), 10 ** 6]:
    print(stop if not isinstance(stop, Three) else 'Three()', total_of(stop), total_of(stop, 2))

for bad in [2.5, '3', None, [1]]:
    try:
        total_of(bad)
    except TypeError as e:
        print(type(bad).__name__, 'TypeError:', e)
