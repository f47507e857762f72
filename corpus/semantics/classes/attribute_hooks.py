# Attribute hooks and calls of names a class does not define: __getattr__ answering
# a method call, AttributeError for a missing method, __setattr__ (with
# object.__setattr__ and super().__setattr__) seeing every store, a callable stored
# on an instance, methods of builtin bases (list, tuple), classmethods through super().
class Meta:
    kind = 'base'
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return '<%s kind=%s>' % (type(self).__name__, self.kind)
class Sub(Meta):
    kind = 'sub'
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
s = Sub.create(); print(s, s.extra, [Meta(), s])
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
p = P(); print(p.x)
class Dyn:
    def __getattr__(self, name):
        if name.startswith('get_'): return lambda: name[4:]
        raise AttributeError(name)
d = Dyn(); print(d.get_foo())
try: d.other
except AttributeError as e: print('AE', e)
class Call:
    def __call__(self, x): return x * 2
print(Call()(21), callable(Call()))
class NoHash:
    def __eq__(self, o): return True
try: {NoHash(): 1}
except TypeError as e: print(e)
class Fmt:
    def __format__(self, spec): return 'F[' + spec + ']'
    def __str__(self): return 'S'
print('{:abc}'.format(Fmt()), f'{Fmt()!s}', str(Fmt()), '%s' % Fmt())
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C>' + A.who(self)
class D(B, C):
    def who(self): return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_copy = self.count
c1, c2 = Counter(), Counter(); c1.count = 99
print(Counter.count, c1.count, c2.count, c2.count_copy)
class WithSetattr:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v)
w = WithSetattr(); w.a = 1; print(w.a)
print(type(w).__name__, w.__class__.__name__, isinstance(w, object), issubclass(D, A), D.__bases__)
class Vector(tuple):
    def norm(self): return sum(x * x for x in self) ** 0.5
v = Vector((3, 4)); print(v, v.norm(), len(v), v[0], isinstance(v, tuple))
class MyList(list):
    def total(self): return sum(self)
m = MyList([1, 2]); m.append(3); print(m, m.total(), type(m).__name__)
class Doubler:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
    def __init__(self):
        self.n = 5
print(Doubler().n)
class Holder:
    def __init__(self, fn):
        self.fn = fn
    def run(self):
        return self.fn(3)
h = Holder(lambda x: x + 1)
print(h.run(), h.fn(10))
try:
    h.missing()
except AttributeError as e:
    print('AttributeError:', e)
def store(obj):
    obj.value = 7
    return obj.value
print(store(Doubler()), store(h))
