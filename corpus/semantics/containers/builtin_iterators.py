# -*- coding:utf-8 -*-
# enumerate / zip / map / filter / reversed / sum / any / all / isinstance

images = ['a.jpg', 'b.jpg', 'c.jpg']

if __name__ == '__main__':
    for i, name in enumerate(images):
        print(i, name)
    print(list(enumerate(images, start=1)), list(enumerate('ab', 10)))
    print(list(zip(images, [1, 2, 3, 4])), list(zip()), list(zip('ab', 'cd', 'ef')))
    print(list(map(len, images)), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
    print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda v: v > 1, (1, 2, 3))))
    print(list(reversed(images)), list(reversed(range(4))), ''.join(reversed('abc')))
    print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), 100))
    print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in [1, 3]))
    print(isinstance(3, int), isinstance(3, (str, float)), isinstance([], list), isinstance((), tuple))
    print(isinstance({}, dict), isinstance(True, int), isinstance(None, type(None)), isinstance('s', str))
    m = map(str.upper, images)
    print(next(m), list(m), list(m))
    z = zip(*[(1, 'a'), (2, 'b')])
    print(list(z))
    print(len(images), len('中文'), len({'a': 1}), len(range(0, 10, 3)), len(()))
    print(list(range(5)), list(range(5, 0, -1)), range(3), range(1, 10, 2))
    print(abs(-3), round(2.567, 1), divmod(17, 5), pow(2, 5), min(3, 1), max([4, 8]))
    print(list(iter([1, 2])), dict(enumerate('xy')), list(zip(range(3), 'abc', [True] * 3)))
    print(sorted(set(map(lambda s: s[0], images))), list(map(int, '123')))
    print(callable(len), callable(3), hasattr(images, 'append'), type(images) is list)
