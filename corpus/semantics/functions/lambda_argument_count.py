# Lambdas check their argument count like defs: called directly, through a
# variable or a parameter, and where map(), sorted(key=) or a pool call them.
import multiprocessing
from functools import reduce


def attempt(label, body):
    try:
        print(label, body())
    except TypeError as e:
        print(label, 'TypeError:', e)


def apply_to(fn, *args):
    return fn(*args)


def call_one(fn, x):
    return fn(x)


def worker(n):
    scale = lambda v, factor: v * factor
    return scale(n)


def main():
    square = lambda x: x * x
    constant = lambda: 42
    pair = lambda a, b: (a, b)
    attempt('square(3)', lambda: square(3))
    attempt('square(1, 2)', lambda: square(1, 2))
    attempt('square()', lambda: square())
    attempt('constant()', lambda: constant())
    attempt('constant(2)', lambda: constant(2))
    attempt('pair(1)', lambda: pair(1))
    attempt('apply_to(square, 1, 2)', lambda: apply_to(square, 1, 2))
    attempt('call_one(constant, 5)', lambda: call_one(constant, 5))
    attempt('call_one(square, 5)', lambda: call_one(square, 5))
    attempt('map(constant)', lambda: list(map(constant, [1, 2])))
    attempt('map(pair)', lambda: list(map(pair, [1, 2])))
    attempt('map(pair, 2 lists)', lambda: list(map(pair, [1, 2], [3, 4])))
    attempt('sorted key=lambda: 0', lambda: sorted([3, 1], key=lambda: 0))
    attempt('sorted key=lambda a, b: a', lambda: sorted([3, 1], key=lambda a, b: a))
    attempt('min key', lambda: min([3, 1], key=pair))
    attempt('filter', lambda: list(filter(lambda: True, [1])))
    attempt('reduce', lambda: reduce(square, [1, 2, 3]))
    attempt('nested', lambda: (lambda x: lambda: x)(1)(2))
    print(square.__name__, square.__qualname__, square.__defaults__)
    pool = multiprocessing.Pool(2)
    try:
        print(pool.map(worker, [1, 2]))
    except TypeError as e:
        print('pool TypeError:', e)
    pool.close()
    pool.join()


if __name__ == '__main__':
    main()
