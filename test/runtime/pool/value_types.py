# Values keep their Python types through tasks and results: ints vs floats
# (2 vs 2.0, also in chunks of numbers sent packed), big ints, -0.0, tuples vs
# lists, dicts, sets, None, bools, str, bytes, exceptions.
from multiprocessing import Pool

def same(x):
    return x

def half(x):
    return x / 2

def pair(x):
    return (x, [x])

if __name__ == '__main__':
    with Pool(2) as p:
        values = [1, 2.0, 2.5, -0.0, 2 ** 70, -3, None, True, 'é', b'\x00\xff', (1,), [1], {'a': (1, 2)}, {3}, float('inf')]
        print(repr(p.map(same, values)))
        print(repr(p.map(same, range(-3, 3))), repr(p.map(same, [0.5, 1.5, -2.25])), repr(p.map(same, [1.0, 0.5])))
        print(repr(p.map(half, range(6))), repr(p.map(half, [2 ** 31, 7])))
        print(repr(p.map(pair, [1, 2], chunksize=1)), repr(p.apply(same, ((1, 2),))))
        print(repr(list(p.imap(same, [3, 2.0, 'x'], chunksize=2))), repr(sorted(p.imap_unordered(half, range(4), 3))))
        print(repr(p.starmap(divmod, [(7, 2), (7.5, 2)])))
        e = p.apply(same, (ValueError('bad', 3),))
        print(type(e).__name__, e.args)
