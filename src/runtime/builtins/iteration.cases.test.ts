// Iteration builtins and unpacking against CPython 2.7 and 3.11 (expected results
// from testdata/genCases.py). Python 3's lazy results are materialised with
// list() on both sides.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases, withDialect } from "../../../test/support/cpython.js";
import { PyFloat } from "./float.js";
import {
  all,
  AttributeError,
  any,
  callMethod,
  enumerate,
  filter,
  frozenset,
  getattr,
  hasattr,
  IndexError,
  iter,
  len,
  list,
  map,
  max,
  min,
  next,
  PyDict,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  range,
  reduce,
  reversed,
  sorted,
  StopIteration,
  str,
  sum,
  u,
  unpack,
  unpackStarred,
  xrange,
  zip,
} from "./index.js";
import { add } from "./operator.js";

const L = (...items: any[]): PyList<any> => PyList.of<any>(...items);
const T = (...items: any[]): PyTuple<any> => PyTuple.of<any>(...items);
const D = (...pairs: Array<[any, any]>): PyDict<any, any> => PyDict.of<any, any>(...pairs);
const F = (v: number) => new PyFloat(v);
const neg = (x: number) => -x;
function* g12(): Generator<number> {
  yield 1;
  yield 2;
}

class Countdown extends PyObject {
  declare n: any;
  override __init__(n: any): any {
    this.n = n;
  }
  __iter__(): any {
    return this;
  }
  __next__(): any {
    if (this.n <= 0) throw new StopIteration();
    return this.n--;
  }
  next(): any {
    return this.__next__();
  }
}

class Squares extends PyObject {
  __getitem__(i: any): any {
    if (i < 4) return i * i;
    throw new IndexError(i);
  }
}

class Gen extends PyObject {
  *__iter__(): any {
    yield 1;
    yield 2;
  }
}

class Bad extends PyObject {
  __iter__(): any {
    return L(1, 2);
  }
}

class Sized extends PyObject {
  __len__(): any {
    return 7;
  }
}

const cases = [
  c("list(iter([1, 2]))", () => list(iter(L(1, 2)))),
  c("iter(5)", () => iter(5)),
  c("next(iter([1]))", () => next(iter(L(1)))),
  c("next(iter([]))", () => next(iter(L()))),
  c("next(iter([]), None)", () => next(iter(L()), null)),
  c("next(iter([]), 'd')", () => next(iter(L()), "d")),
  c("next([1])", () => next(L(1))),
  c("it = iter('ab')\n(next(it), next(it), next(it, 'end'))", () => { const it = iter("ab"); return T(next(it), next(it), next(it, "end")); }),
  c("it = iter({'a': 1})\nnext(it)", () => next(iter(D(["a", 1])))),
  c("x = [1, 2, 3]\nf = iter(lambda: x.pop(), 1)\nlist(f)", () => { const x = L(1, 2, 3); return list(iter(() => x.pop(), 1)); }),
  c("class Countdown(object):\n    def __init__(self, n):\n        self.n = n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.n <= 0:\n            raise StopIteration\n        self.n -= 1\n        return self.n + 1\n    next = __next__\nlist(Countdown(3))", () => list(new Countdown(3))),
  c("class Countdown(object):\n    def __init__(self, n):\n        self.n = n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.n <= 0:\n            raise StopIteration\n        self.n -= 1\n        return self.n + 1\n    next = __next__\nc = Countdown(2)\n(next(c), next(c), next(c, 'x'))", () => { const cd = new Countdown(2); return T(next(cd), next(cd), next(cd, "x")); }),
  c("class Gen(object):\n    def __iter__(self):\n        yield 1\n        yield 2\nlist(Gen())", () => list(new Gen())),
  c("class Bad(object):\n    def __iter__(self):\n        return [1, 2]\niter(Bad())", () => iter(new Bad())),
  c("class Sized(object):\n    def __len__(self):\n        return 7\nlen(Sized())", () => len(new Sized())),
  c("len(5)", () => len(5)),
  c("len('h\\u00e9llo')", () => len("h\u00e9llo"), ["py3"]),
  c("len({1: 2, 3: 4})", () => len(D([1, 2], [3, 4]))),
  c("list(enumerate('ab'))", () => list(enumerate("ab"))),
  c("list(enumerate('ab', 1))", () => list(enumerate("ab", 1))),
  c("list(enumerate('ab', -1))", () => list(enumerate("ab", -1))),
  c("list(enumerate([5], start=2**62))", () => list(enumerate(L(5), 2n ** 62n))),
  c("list(zip('ab', [1, 2, 3], (9, 8)))", () => list(zip("ab", L(1, 2, 3), T(9, 8)))),
  c("list(zip())", () => list(zip())),
  c("zip([1], 5)", () => zip(L(1), 5)),
  c("zip([1, 2], [3])", () => zip(L(1, 2), L(3)), ["py2"]),
  c("list(zip([1, 2], [1], strict=True))", () => list(zip(L(1, 2), L(1), { strict: true })), ["py3"]),
  c("list(zip([1], [1, 2], strict=True))", () => list(zip(L(1), L(1, 2), { strict: true })), ["py3"]),
  c("list(zip([1], [1], strict=True))", () => list(zip(L(1), L(1), { strict: true })), ["py3"]),
  c("list(map(abs, [-1, 2]))", () => list(map(Math.abs, L(-1, 2)))),
  c("list(map(lambda x, y: x + y, [1, 2], [3, 4, 5]))", () => list(map((x: any, y: any) => add(x, y), L(1, 2), L(3, 4, 5))), ["py3"]),
  c("map(None, [1, 2], 'a')", () => map(null, L(1, 2), "a"), ["py2"]),
  c("map(None, [1, 2])", () => map(null, L(1, 2)), ["py2"]),
  c("map(lambda x: x * 2, (1, 2))", () => map((x: number) => x * 2, T(1, 2)), ["py2"]),
  c("list(filter(None, [0, 1, '', 'a', None, [], [0]]))", () => list(filter(null, L(0, 1, "", "a", null, L(), L(0))))),
  c("list(filter(lambda x: x % 2, range(7)))", () => list(filter((x: number) => x % 2, range(7)))),
  c("filter(None, 'a b')", () => filter(null, "a b"), ["py2"]),
  c("filter(None, (0, 1))", () => filter(null, T(0, 1)), ["py2"]),
  c("list(reversed([1, 2, 3]))", () => list(reversed(L(1, 2, 3)))),
  c("list(reversed((1, 2)))", () => list(reversed(T(1, 2)))),
  c("list(reversed('abc'))", () => list(reversed("abc"))),
  c("list(reversed(range(4)))", () => list(reversed(range(4)))),
  c("reversed({1})", () => reversed(PySet.of(1))),
  c("reversed(5)", () => reversed(5)),
  c("class Squares(object):\n    def __getitem__(self, i):\n        if i < 4:\n            return i * i\n        raise IndexError(i)\n    def __len__(self):\n        return 4\nlist(reversed(Squares()))", () => {
    class SizedSquares extends Squares {
      __len__(): any {
        return 4;
      }
    }
    return list(reversed(new SizedSquares()));
  }),
  c("class Squares(object):\n    def __getitem__(self, i):\n        if i < 4:\n            return i * i\n        raise IndexError(i)\nlist(Squares())", () => list(new Squares())),
  c("sorted([3, 1, 2])", () => sorted(L(3, 1, 2))),
  c("sorted('bca')", () => sorted("bca")),
  c("sorted({3: 1, 1: 2})", () => sorted(D([3, 1], [1, 2]))),
  c("sorted([3, 1, 2], reverse=True)", () => sorted(L(3, 1, 2), { reverse: true })),
  c("sorted(['bb', 'a', 'ccc'], key=len)", () => sorted(L("bb", "a", "ccc"), { key: len })),
  c("sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda p: p[0])", () => sorted(L(T(1, "b"), T(1, "a"), T(0, "c")), { key: (p: any) => p[0] })),
  c("sorted([1, None])", () => sorted(L(1, null)), ["py3"]),
  c("sorted([2.5, 1, 3.0, -1])", () => sorted(L(2.5, 1, F(3), -1))),
  c("sorted([2, 1], cmp=lambda a, b: b - a)", () => sorted(L(2, 1), { cmp: (a: number, b: number) => b - a })),
  c("max([1, 3, 2])", () => max(L(1, 3, 2))),
  c("max(1, 3, 2)", () => max(1, 3, 2)),
  c("max('abc')", () => max("abc")),
  c("max([])", () => max(L())),
  c("min([])", () => min(L())),
  c("max()", () => max()),
  c("max(5)", () => max(5)),
  c("max([1, 3, 2], key=lambda x: -x)", () => max(L(1, 3, 2), { key: neg })),
  c("max(1, 2, key=lambda x: -x)", () => max(1, 2, { key: neg })),
  c("max([], default=None)", () => max(L(), { default: null }), ["py3"]),
  c("min([], default=5)", () => min(L(), { default: 5 })),
  c("max(1, 2, default=5)", () => max(1, 2, { default: 5 }), ["py3"]),
  c("max([3, 1, 3.0])", () => max(L(3, 1, F(3)))),
  c("min([1, 1.0, True])", () => min(L(1, F(1), true))),
  c("max([1], [2])", () => max(L(1), L(2))),
  c("max([(1, 'b'), (1, 'c')])", () => max(L(T(1, "b"), T(1, "c")))),
  c("sum([1, 2], 10)", () => sum(L(1, 2), 10)),
  c("sum([])", () => sum(L())),
  c("sum(['a', 'b'], '')", () => sum(L("a", "b"), "")),
  c("sum(['a'])", () => sum(L("a"))),
  c("sum([0.1] * 10)", () => sum(L(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))),
  c("sum([1, 2**64])", () => sum(L(1, 2n ** 64n))),
  c("sum([2**52, 2**52, 2**52])", () => sum(L(2 ** 52, 2 ** 52, 2 ** 52))),
  c("sum([True, True])", () => sum(L(true, true))),
  c("sum([[1], [2]], [])", () => sum(L(L(1), L(2)), L())),
  c("sum([1, 2], 0.5)", () => sum(L(1, 2), 0.5)),
  c("sum(range(101))", () => sum(range(101))),
  c("(any([]), all([]))", () => T(any(L()), all(L()))),
  c("(any([0, '', None]), any([0, 1]), all([1, 'a']), all([1, 0]))", () => T(any(L(0, "", null)), any(L(0, 1)), all(L(1, "a")), all(L(1, 0)))),
  c("reduce(lambda a, b: a + b, [1, 2, 3])", () => reduce((a: any, b: any) => add(a, b), L(1, 2, 3))),
  c("reduce(lambda a, b: a + b, [], 0)", () => reduce((a: any, b: any) => add(a, b), L(), 0)),
  c("reduce(lambda a, b: a + b, [])", () => reduce((a: any, b: any) => add(a, b), L())),
  c("reduce(lambda a, b: a * b, range(1, 6), 1)", () => reduce((a: any, b: any) => a * b, range(1, 6), 1)),
  // Python's step method on the runtime's iterators: JavaScript's next() gives { value, done }
  c("it = iter([1, 2])\n(it.next(), it.next())", () => { const it = iter(L(1, 2)); return T(callMethod(it, "next"), callMethod(it, "next")); }, ["py2"]),
  c("it = iter([1])\nit.next()\nit.next()", () => { const it = iter(L(1)); callMethod(it, "next"); return callMethod(it, "next"); }, ["py2"]),
  c("(iter((1, 2)).next(), iter('ab').next(), iter(u'ab').next(), iter(set([5])).next(), iter(frozenset([6])).next())", () => T(callMethod(iter(T(1, 2)), "next"), callMethod(iter("ab"), "next"), callMethod(iter(u("ab")), "next"), callMethod(iter(PySet.of(5)), "next"), callMethod(iter(frozenset(L(6))), "next")), ["py2"]),
  c("d = {1: 2}\n(iter(d).next(), d.iteritems().next(), d.iterkeys().next(), d.itervalues().next())", () => { const d = D([1, 2]); return T(callMethod(iter(d), "next"), callMethod(callMethod(d, "iteritems"), "next"), callMethod(callMethod(d, "iterkeys"), "next"), callMethod(callMethod(d, "itervalues"), "next")); }, ["py2"]),
  c("(iter(xrange(3)).next(), enumerate('ab').next(), reversed([1, 2]).next(), reversed('ab').next())", () => T(callMethod(iter(xrange(3)), "next"), callMethod(enumerate("ab"), "next"), callMethod(reversed(L(1, 2)), "next"), callMethod(reversed("ab"), "next")), ["py2"]),
  c("(iter(zip([1], [2])).next(), iter(map(str, [1])).next(), iter(sorted([2, 1])).next())", () => T(callMethod(iter(zip(L(1), L(2))), "next"), callMethod(iter(map(str, L(1))), "next"), callMethod(iter(sorted(L(2, 1))), "next")), ["py2"]),
  c("iter([]).next(1)", () => callMethod(iter(L()), "next", 1), ["py2"]),
  c("f = iter([7, 8]).next\n(f(), f())", () => { const f = getattr(iter(L(7, 8)), "next"); return T(f(), f()); }, ["py2"]),
  c("f = iter([]).next\nf()", () => getattr(iter(L()), "next")(), ["py2"]),
  c("iter([]).next.__name__", () => getattr(getattr(iter(L()), "next"), "__name__"), ["py2"]),
  c("(hasattr(iter([]), 'next'), hasattr(iter([]), '__next__'))", () => T(hasattr(iter(L()), "next"), hasattr(iter(L()), "__next__")), ["py3"]),
  c("it = iter([1, 2])\n(it.__next__(), it.__next__())", () => { const it = iter(L(1, 2)); return T(callMethod(it, "__next__"), callMethod(it, "__next__")); }, ["py3"]),
  c("iter('').__next__()", () => callMethod(iter(""), "__next__"), ["py3"]),
  c("f = iter((3,)).__next__\nf()", () => getattr(iter(T(3)), "__next__")(), ["py3"]),
  c("def g():\n    yield 1\n    yield 2\nx = g()\nf = x.next\ns = x.send\n(f(), s(None), x.next.__name__)", () => { const x = g12(); const f = getattr(x, "next"); const s = getattr(x, "send"); return T(f(), s(null), getattr(getattr(x, "next"), "__name__")); }, ["py2"]),
  c("def g():\n    yield 1\n(hasattr(g(), 'next'), hasattr(g(), '__next__'), hasattr(g(), 'send'))", () => T(hasattr(g12(), "next"), hasattr(g12(), "__next__"), hasattr(g12(), "send"))),
  c("def g():\n    yield 1\ng().__next__()", () => callMethod(g12(), "__next__"), ["py2"]),
  c("def g():\n    yield 1\ng().next()", () => callMethod(g12(), "next"), ["py3"]),
  c("def g():\n    yield 1\n(g()).next(1)", () => callMethod(g12(), "next", 1), ["py2"]),
  // unpacking
  c("a, b = [1, 2]\n(a, b)", () => { const [a, b] = unpack(L(1, 2), 2); return T(a, b); }),
  c("a, b = 'xy'\n(a, b)", () => { const [a, b] = unpack("xy", 2); return T(a, b); }),
  c("a, b = [1]", () => unpack(L(1), 2)),
  c("a, b, c = []", () => unpack(L(), 3)),
  c("a, b = [1, 2, 3]", () => unpack(L(1, 2, 3), 2)),
  c("a, b = 5", () => unpack(5, 2)),
  c("a, b = {'x': 1, 'y': 2}\n(a, b)", () => { const [a, b] = unpack(D(["x", 1], ["y", 2]), 2); return T(a, b); }),
  c("a, *b, c = [1, 2, 3, 4]\n(a, b, c)", () => { const [a, b, c2] = unpackStarred(L(1, 2, 3, 4), 1, 1); return T(a, b, c2); }, ["py3"]),
  c("a, *b = 'x'\n(a, b)", () => { const [a, b] = unpackStarred("x", 1, 0); return T(a, b); }, ["py3"]),
  c("a, *b, c = [1]", () => unpackStarred(L(1), 1, 1), ["py3"]),
  c("*a, b = range(3)\n(a, b)", () => { const [a, b] = unpackStarred(range(3), 0, 1); return T(a, b); }, ["py3"]),
];

test("iteration builtins and unpacking match CPython", () => {
  const failures = checkCases(cases);
  assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.join("\n")}`);
});

// CPython names the type (`'list_iterator' object has no attribute 'next'`); ours cannot tell a list's iterator from a tuple's.
test("a runtime iterator has only its dialect's step method", () => {
  assert.throws(() => withDialect("py3", () => callMethod(iter(L(1)), "next")), AttributeError);
  assert.throws(() => withDialect("py2", () => callMethod(iter(L(1)), "__next__")), AttributeError);
  assert.equal(withDialect("py2", () => hasattr(iter(xrange(2)), "__next__")), false);
});
