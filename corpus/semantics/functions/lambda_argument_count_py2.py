# Python 2 lambdas check their argument count like defs (exactly / at most /
# no arguments), called directly or by map(), sorted(key=), filter and reduce.
square = lambda x: x * x
constant = lambda: 42
pair = lambda a, b=1: (a, b)


def attempt(label, body):
    try:
        print label, body()
    except TypeError as e:
        print label, 'TypeError:', e


def call_one(fn, x):
    return fn(x)


def takes_nothing():
    return 0


attempt('square(3)', lambda: square(3))
attempt('square(1, 2)', lambda: square(1, 2))
attempt('square()', lambda: square())
attempt('constant(2)', lambda: constant(2))
attempt('constant(a=2)', lambda: constant(a=2))
attempt('pair()', lambda: pair())
attempt('pair(1, 2, 3)', lambda: pair(1, 2, 3))
attempt('takes_nothing(1)', lambda: call_one(takes_nothing, 1))
attempt('call_one(constant, 5)', lambda: call_one(constant, 5))
attempt('map(constant)', lambda: map(constant, [1, 2]))
attempt('map(pair, 3 lists)', lambda: map(pair, [1], [2], [3]))
attempt('sorted key', lambda: sorted([3, 1], key=lambda: 0))
attempt('filter', lambda: filter(lambda: True, [1]))
attempt('reduce', lambda: reduce(square, [1, 2, 3]))
print square.__name__, square.func_name, square.__defaults__, pair.func_defaults
