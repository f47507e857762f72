# Keyword arguments that skip optional positional parameters: defs, methods,
# classmethods, staticmethods, __init__ through super(), nested defs, generators,
# lambdas called with keywords (their TypeErrors), and *args spread before keywords.
# A def may rebind a name (a second def of the same name).
class A:
    def __init__(self, a, b=2, *, c=3, **kw):
        self.t = (a, b, c, sorted(kw.items()))
    def m(self, x, y=10, **kw):
        return x, y, sorted(kw.items())
    @classmethod
    def make(cls, a, b=0, **kw):
        return cls(a, b, **kw)
    @staticmethod
    def s(a, b=1, *, k=5):
        return a, b, k
class B(A):
    def __init__(self, a, **kw):
        super().__init__(a, c=9, **kw)
    def m(self, x, y=20, **kw):
        return super().m(x, z=1) + A.m(self, x, q=2)
o = A(1, c=4, d=5)
print(o.t, o.m(1, z=2), A.make(7, e=1).t, A.s(1, k=2), o.s(3, k=4))
b = B(1, e=2)
print(b.t, b.m(5, w=1))
def outer():
    def inner(a, b=2, **kw):
        return a, b, kw
    return inner(1, x=1)
print(outer())
lam = lambda a, b=2, **kw: (a, b, sorted(kw))
print(lam(1, z=1))
def gen(a, b=2, **kw):
    yield a, b, sorted(kw)
print(list(gen(1, q=1)))
def f(a, b=2, *args, c):
    return a, b, args, c
xs = []
print(f(1, *xs, c=3), f(1, *[5, 6], c=3))
f = lambda a, b=2: a + b
print(f(1, b=5), f(a=3), f(b=1, a=2))
for args, kwargs in [((1, 2, 3), {}), ((), {'b': 1}), ((1,), {'c': 2}), ((1,), {'a': 2})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
adders = [lambda x, n=n: x + n for n in range(3)]
print([g(10) for g in adders], [g(10, n=100) for g in adders])
def outer():
    return lambda *xs, sep='-', **kw: sep.join(map(str, xs)) + str(sorted(kw))
h = outer()
print(h(1, 2), h(1, 2, sep='+', z=1), h.__qualname__ if hasattr(h, '__qualname__') else '')
pairs = sorted([(2, 'b'), (1, 'a')], key=lambda p: p[0])
print(pairs, list(map(lambda a, b: a * b, [1, 2], [3, 4])))


def twice():
    return 1


first = twice


def twice():
    return 2


print(first(), twice())
