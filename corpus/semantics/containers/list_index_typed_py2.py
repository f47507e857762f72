# Python 2: list and tuple items by int index inside functions, including long
# indexes (5L), negative ones, out-of-range errors and swaps through subscripts.
def bubble(xs):
    n = len(xs)
    for i in xrange(n):
        for j in range(n - i - 1):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


def probe(xs, pair, k):
    print xs[0], xs[-1], xs[k], xs[-k], pair[0], pair[-1], pair[k - 2], xs[1L], pair[-1L]
    xs[-1] += 100
    xs[k] *= 2
    xs[2L] += 1
    xs[0], xs[1] = xs[1], xs[0]
    print xs
    for bad in [len(xs), -len(xs) - 1, 2 ** 70, 7L]:
        try:
            print xs[bad]
        except IndexError as e:
            print 'IndexError:', e
        try:
            xs[bad] = 0
        except IndexError as e:
            print 'IndexError:', e
        try:
            print pair[bad]
        except IndexError as e:
            print 'IndexError:', e


print bubble([5, 3, 9, 1, 7, 3, 0, -2])
probe([10, 20, 30, 40], ('a', 'b', 'c'), 2)
