// Dicts and sets against CPython 2.7 and 3.11 (expected results from
// testdata/genCases.py). Iteration order under random workloads is covered by
// dictOrder.test.ts; these cases pin methods, views, messages and reprs.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases } from "../../../test/support/cpython.js";
import { eq, lt } from "./compare.js";
import { PyFloat } from "./float.js";
import { delitem, dict, frozenset, getitem, len, list, PyDict, PyFrozenSet, PyList, PySet, PyTuple, set, setitem, sorted } from "./index.js";

const L = (...items: any[]): PyList<any> => PyList.of<any>(...items);
const T = (...items: any[]): PyTuple<any> => PyTuple.of<any>(...items);
const D = (...pairs: Array<[any, any]>): PyDict<any, any> => PyDict.of<any, any>(...pairs);
const S = (...items: any[]): PySet<any> => PySet.of<any>(...items);
const F = (v: number) => new PyFloat(v);
const FS = (...items: any[]) => frozenset(L(...items));

const cases = [
  // dict basics and key equality
  c("{'a': 1, 'b': 2}", () => D(["a", 1], ["b", 2])),
  c("{}", () => D()),
  c("{1: 'a', 'b': None, (1,): 2.5}", () => D([1, "a"], ["b", null], [T(1), 2.5])),
  c("d = {1: 'a'}\nd[1.0] = 'b'\nd", () => { const d = D([1, "a"]); setitem(d, F(1), "b"); return d; }),
  c("d = {1.0: 'a'}\nd[1] = 'b'\nd", () => { const d = D([F(1), "a"]); setitem(d, 1, "b"); return d; }),
  c("d = {True: 1}\nd[1] = 2\nd", () => { const d = D([true, 1]); setitem(d, 1, 2); return d; }),
  c("{1: 'a', True: 'b', 1.0: 'c'}", () => D([1, "a"], [true, "b"], [F(1), "c"])),
  c("{0: 'a', False: 'b', -0.0: 'c'}", () => D([0, "a"], [false, "b"], [F(-0), "c"])),
  c("{(1, 2): 3}[(1.0, 2)]", () => getitem(D([T(1, 2), 3]), T(F(1), 2))),
  c("{(1, (2, 3)): 'x'}[(1, (2, 3))]", () => getitem(D([T(1, T(2, 3)), "x"]), T(1, T(2, 3)))),
  c("{frozenset([1]): 2}[frozenset([1.0])]", () => getitem(D([FS(1), 2]), FS(F(1)))),
  c("{2**64: 'big'}[2**64]", () => getitem(D([2n ** 64n, "big"]), 2n ** 64n)),
  c("{2.0**70: 'f'}[2**70]", () => getitem(D([F(2 ** 70), "f"]), 2n ** 70n)),
  c("{}['k']", () => getitem(D(), "k")),
  c("{}[(1,)]", () => getitem(D(), T(1))),
  c("{}[None]", () => getitem(D(), null)),
  c("{}[[1]]", () => getitem(D(), L(1))),
  c("d = {}\nd[[1]] = 2", () => setitem(D(), L(1), 2)),
  c("d = {}\nd[{}] = 2", () => setitem(D(), D(), 2)),
  c("d = {'a': 1}\ndel d['a']\nd", () => { const d = D(["a", 1]); delitem(d, "a"); return d; }),
  c("d = {}\ndel d['a']", () => delitem(D(), "a")),
  c("d = {}\nd['x'] = d\nd", () => { const d = D(); setitem(d, "x", d); return d; }),
  c("'a' in {'a': 1}", () => D(["a", 1]).__contains__("a")),
  c("[] in {}", () => D().__contains__(L())),
  c("len({1: 2, 3: 4})", () => len(D([1, 2], [3, 4]))),
  // dict methods
  c("{'a': 1}.get('a')", () => D(["a", 1]).get("a")),
  c("{'a': 1}.get('b')", () => D(["a", 1]).get("b")),
  c("{'a': 1}.get('b', 0)", () => D(["a", 1]).get("b", 0)),
  c("{'a': 1}.get([1])", () => D(["a", 1]).get(L(1))),
  c("d = {}\nd.setdefault('a', []).append(1)\nd", () => { const d = D(); (d.setdefault("a", L()) as PyList).append(1); return d; }),
  c("{}.setdefault('a')", () => D().setdefault("a")),
  c("{'a': 1}.pop('a')", () => D(["a", 1]).pop("a")),
  c("{'a': 1}.pop('b', 5)", () => D(["a", 1]).pop("b", 5)),
  c("{'a': 1}.pop('b', None)", () => D(["a", 1]).pop("b", null)),
  c("{}.pop(1)", () => D().pop(1)),
  c("{}.popitem()", () => D().popitem()),
  c("{'a': 1, 'b': 2, 'c': 3}.popitem()", () => D(["a", 1], ["b", 2], ["c", 3]).popitem()),
  c("d = {'a': 1}\nd.update({'b': 2}, c=3)\nd", () => { const d = D(["a", 1]); d.update(D(["b", 2]), { c: 3 }); return d; }),
  c("d = {'a': 1}\nd.update([('z', 0)])\nd", () => { const d = D(["a", 1]); d.update(L(T("z", 0))); return d; }),
  c("d = {'a': 1}\nd.update(x=1, y=2)\nd", () => { const d = D(["a", 1]); d.update({ x: 1, y: 2 }); return d; }),
  c("d = {}\nd.update(5)", () => D().update(5)),
  c("d = {}\nd.update([1])", () => D().update(L(1))),
  c("d = {}\nd.update([[1]])", () => D().update(L(L(1)))),
  c("d = {}\nd.update(['ab', 'cd'])\nd", () => { const d = D(); d.update(L("ab", "cd")); return d; }),
  c("d = {'a': 1}\ne = d.copy()\ne['b'] = 2\n(d, e)", () => { const d = D(["a", 1]); const e = d.copy(); setitem(e, "b", 2); return T(d, e); }),
  c("d = {'a': 1}\nd.clear()\nd", () => { const d = D(["a", 1]); d.clear(); return d; }),
  c("dict.fromkeys('abc')", () => PyDict.fromkeys("abc")),
  c("dict.fromkeys([1, 2], 0)", () => PyDict.fromkeys(L(1, 2), 0)),
  c("dict.fromkeys({5, 3, 9})", () => PyDict.fromkeys(S(5, 3, 9))),
  c("dict.fromkeys({'x': 1, 'y': 2, 'z': 3}, 0)", () => PyDict.fromkeys(D(["x", 1], ["y", 2], ["z", 3]), 0)),
  c("{'a': 1}.has_key('a')", () => D(["a", 1]).has_key("a"), ["py2"]),
  c("list({'a': 1, 'b': 2}.iteritems())", () => list(D(["a", 1], ["b", 2]).iteritems()), ["py2"]),
  c("list({'a': 1, 'b': 2}.itervalues())", () => list(D(["a", 1], ["b", 2]).itervalues()), ["py2"]),
  c("{'a': 1}.viewkeys()", () => D(["a", 1]).viewkeys(), ["py2"]),
  c("{'a': 1}.viewitems()", () => D(["a", 1]).viewitems(), ["py2"]),
  c("{'a': 1}.viewvalues()", () => D(["a", 1]).viewvalues(), ["py2"]),
  c("{'x': 1, 'y': 2, 'z': 3}.keys()", () => D(["x", 1], ["y", 2], ["z", 3]).keys()),
  c("{'x': 1, 'y': 2, 'z': 3}.values()", () => D(["x", 1], ["y", 2], ["z", 3]).values()),
  c("{'x': 1, 'y': 2, 'z': 3}.items()", () => D(["x", 1], ["y", 2], ["z", 3]).items()),
  c("d = {'a': 1}\nk = d.keys()\nd['b'] = 2\nk", () => { const d = D(["a", 1]); const k = d.keys(); setitem(d, "b", 2); return k; }),
  c("{'a': 1}.keys() & {'a', 'b'}", () => (D(["a", 1]).keys() as any).__and__(S("a", "b")), ["py3"]),
  c("{1: 1, 3: 2}.keys() | {2}", () => (D([1, 1], [3, 2]).keys() as any).__or__(S(2)), ["py3"]),
  c("{'a': 1}.keys() - {'a'}", () => (D(["a", 1]).keys() as any).__sub__(S("a")), ["py3"]),
  c("{1: 1, 2: 2}.keys() ^ {2, 3}", () => (D([1, 1], [2, 2]).keys() as any).__xor__(S(2, 3)), ["py3"]),
  c("{'a': 1}.items() & {('a', 1)}", () => (D(["a", 1]).items() as any).__and__(S(T("a", 1))), ["py3"]),
  c("{'a': 1}.keys() == {'a'}", () => eq(D(["a", 1]).keys(), S("a")), ["py3"]),
  c("{}.keys() < {1: 2}.keys()", () => lt(D().keys(), D([1, 2]).keys()), ["py3"]),
  c("{1: 2}.keys().isdisjoint([3])", () => (D([1, 2]).keys() as any).isdisjoint(L(3)), ["py3"]),
  c("2 in {1: 2}.values()", () => (D([1, 2]).values() as any).__contains__(2), ["py3"]),
  c("('a', 1) in {'a': 1}.items()", () => (D(["a", 1]).items() as any).__contains__(T("a", 1)), ["py3"]),
  c("('a', 2) in {'a': 1}.items()", () => (D(["a", 1]).items() as any).__contains__(T("a", 2)), ["py3"]),
  c("len({1: 2}.values())", () => len(D([1, 2]).values()), ["py3"]),
  c("{'a': 1} | {'b': 2, 'a': 3}", () => D(["a", 1]).__or__(D(["b", 2], ["a", 3])), ["py3"]),
  c("d = {'a': 1}\nd |= [('b', 2)]\nd", () => D(["a", 1]).__ior__(L(T("b", 2))), ["py3"]),
  c("list(reversed({1: 2, 3: 4}))", () => list(D([1, 2], [3, 4]).__reversed__()), ["py3"]),
  c("{1: 2} == {1.0: 2}", () => eq(D([1, 2]), D([F(1), 2]))),
  c("{1: 2} == {1: 3}", () => eq(D([1, 2]), D([1, 3]))),
  c("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", () => eq(D(["a", 1], ["b", 2]), D(["b", 2], ["a", 1]))),
  c("{1: [1]} == {1: [1]}", () => eq(D([1, L(1)]), D([1, L(1)]))),
  c("hash({})", () => D().__hash__()),
  c("d = {'a': 1, 'b': 2}\nfor k in d:\n    d['c'] = 3", () => { const d = D(["a", 1], ["b", 2]); for (const _k of d) setitem(d, "c", 3); }),
  c("d = {'a': 1, 'b': 2}\nfor k in d:\n    del d['b']", () => { const d = D(["a", 1], ["b", 2]); for (const _k of d) delitem(d, "b"); }),
  c("d = {'a': 1}\nfor k in d:\n    del d['a']\n    d['b'] = 1", () => {
    const d = D(["a", 1]);
    for (const _k of d) {
      delitem(d, "a");
      setitem(d, "b", 1);
    }
  }),
  c("d = {'a': 1, 'b': 2, 'c': 3}\nfor k in d:\n    if k == 'a':\n        del d['b']\n        d['z'] = 0", () => {
    const d = D(["a", 1], ["b", 2], ["c", 3]);
    for (const k of d) {
      if (k === "a") {
        delitem(d, "b");
        setitem(d, "z", 0);
      }
    }
  }),
  c("d = {'a': 1}\nfor k in d:\n    d['a'] = 2\nd", () => { const d = D(["a", 1]); for (const _k of d) setitem(d, "a", 2); return d; }),
  c("d = {'a': 1, 'b': 2}\nfor k in list(d):\n    del d[k]\nd", () => { const d = D(["a", 1], ["b", 2]); for (const k of list(d)) delitem(d, k); return d; }),
  c("dict([(1, 2), (3, 4)])", () => dict(L(T(1, 2), T(3, 4)))),
  c("dict({'a': 1}, b=2)", () => dict(D(["a", 1]), { b: 2 })),
  c("dict([('a', 1)], a=2)", () => dict(L(T("a", 1)), { a: 2 })),
  c("dict(one=1, two=2, three=3, four=4, five=5, six=6)", () => dict({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 })),
  c("dict(zip('abc', range(3)))", () => dict(L(T("a", 0), T("b", 1), T("c", 2)))),
  c("dict([1])", () => dict(L(1))),
  c("dict([[1]])", () => dict(L(L(1)))),
  c("dict([(1, 2, 3)])", () => dict(L(T(1, 2, 3)))),
  c("{'k%d' % i: i for i in range(12)}", () => { const d = D(); for (let i = 0; i < 12; i++) setitem(d, `k${i}`, i); return d; }),
  c("{'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7}", () =>
    D(["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7])),
  c("d = {}\nfor w in 'the quick brown fox jumps over the lazy dog'.split():\n    d[w] = d.get(w, 0) + 1\nd", () => {
    const d = D();
    for (const w of "the quick brown fox jumps over the lazy dog".split(" ")) setitem(d, w, (d.get(w, 0) as number) + 1);
    return d;
  }),
  c("sorted({'b': 1, 'a': 2}.items())", () => sorted(D(["b", 1], ["a", 2]).items())),
  // sets
  c("{1, 2, 3}", () => S(1, 2, 3)),
  c("set()", () => new PySet()),
  c("frozenset()", () => new PyFrozenSet()),
  c("frozenset([1, 2])", () => FS(1, 2)),
  c("set('hello')", () => set("hello"), ["py2"]),
  c("set([3, 1, 2, 3])", () => set(L(3, 1, 2, 3))),
  c("set([-1, -2, 5, 1000, 33, 65, 1])", () => set(L(-1, -2, 5, 1000, 33, 65, 1))),
  c("{1, 1.0, True}", () => S(1, F(1), true)),
  c("{(1, 2), (1.0, 2)}", () => S(T(1, 2), T(F(1), 2))),
  c("{0.5, 1.5, -2.25}", () => S(0.5, 1.5, -2.25)),
  c("s = {1, 2}\ns.add(3)\ns", () => { const s = S(1, 2); s.add(3); return s; }),
  c("s = {1, 2}\ns.add([3])", () => S(1, 2).add(L(3))),
  c("s = {1, 2}\ns.discard(5)\ns.discard(1)\ns", () => { const s = S(1, 2); s.discard(5); s.discard(1); return s; }),
  c("set().remove(1)", () => new PySet().remove(1)),
  c("set().pop()", () => new PySet().pop()),
  c("s = {3, 1, 2}\n[s.pop(), s.pop(), s]", () => { const s = S(3, 1, 2); return L(s.pop(), s.pop(), s); }),
  c("s = {1}\ns.update([2], (3,), {4: 5})\ns", () => { const s = S(1); s.update(L(2), T(3), D([4, 5])); return s; }),
  c("{1, 2} | {2, 3}", () => S(1, 2).__or__(S(2, 3))),
  c("{1, 2} & {2, 3}", () => S(1, 2).__and__(S(2, 3))),
  c("{1, 2} - {2, 3}", () => S(1, 2).__sub__(S(2, 3))),
  c("{1, 2} ^ {2, 3}", () => S(1, 2).__xor__(S(2, 3))),
  c("{1, 2}.union([5], (6,))", () => S(1, 2).union(L(5), T(6))),
  c("{1, 2, 3}.intersection([2, 3, 4], {3})", () => S(1, 2, 3).intersection(L(2, 3, 4), S(3))),
  c("{1, 2, 3}.difference([2], [3])", () => S(1, 2, 3).difference(L(2), L(3))),
  c("{1, 2}.symmetric_difference([2, 3])", () => S(1, 2).symmetric_difference(L(2, 3))),
  c("s = {1, 2, 3}\ns.intersection_update([2, 3, 4])\ns", () => { const s = S(1, 2, 3); s.intersection_update(L(2, 3, 4)); return s; }),
  c("s = {1, 2, 3}\ns.difference_update([2])\ns", () => { const s = S(1, 2, 3); s.difference_update(L(2)); return s; }),
  c("s = {1, 2}\ns.symmetric_difference_update({2, 3})\ns", () => { const s = S(1, 2); s.symmetric_difference_update(S(2, 3)); return s; }),
  c("s = {1}\ns |= {2}\ns &= {2, 3}\ns", () => { let s: any = S(1); s = s.__ior__(S(2)); s = s.__iand__(S(2, 3)); return s; }),
  c("{1, 2} <= {1, 2, 3}", () => S(1, 2).__le__(S(1, 2, 3))),
  c("{1, 2} < {1, 2}", () => S(1, 2).__lt__(S(1, 2))),
  c("{1, 2, 3} > {1}", () => S(1, 2, 3).__gt__(S(1))),
  c("{1, 2}.issubset([1, 2, 3])", () => S(1, 2).issubset(L(1, 2, 3))),
  c("{1, 2}.issuperset([1])", () => S(1, 2).issuperset(L(1))),
  c("{1, 2}.isdisjoint([3])", () => S(1, 2).isdisjoint(L(3))),
  c("{1, 2} == frozenset([2, 1])", () => eq(S(1, 2), FS(2, 1))),
  c("{1, 2} == [1, 2]", () => eq(S(1, 2), L(1, 2))),
  c("frozenset([1, 2]) | {3}", () => FS(1, 2).__or__(S(3))),
  c("{3} | frozenset([1, 2])", () => S(3).__or__(FS(1, 2))),
  c("hash(frozenset([1, 2, 3]))", () => FS(1, 2, 3).__hash__()),
  c("hash(frozenset())", () => FS().__hash__()),
  c("hash(frozenset([(1, 2), -5, 2**40]))", () => FS(T(1, 2), -5, 2 ** 40).__hash__()),
  c("hash(frozenset(['a', 'bc']))", () => FS("a", "bc").__hash__(), ["py2"]),
  c("hash({1})", () => S(1).__hash__()),
  c("{frozenset([1, 2]): 'x'}[frozenset([2, 1])]", () => getitem(D([FS(1, 2), "x"]), FS(2, 1))),
  c("{1, 2} in {frozenset([1, 2])}", () => PySet.of(FS(1, 2)).__contains__(S(1, 2))),
  c("s = {frozenset([1])}\ns.remove({1})\ns", () => { const s = PySet.of<any>(FS(1)); s.remove(S(1)); return s; }),
  c("f = frozenset([1])\nfrozenset(f) is f", () => { const f = FS(1); return frozenset(f) === f; }),
  c("s = {1, 2}\nfor x in s:\n    s.add(3)", () => { const s = S(1, 2); for (const _x of s) s.add(3); }),
  c("len({1, 2, 2})", () => len(S(1, 2, 2))),
  c("sorted({5, 1, 3})", () => sorted(S(5, 1, 3))),
  c("set(['b', 'a', 'c'])", () => set(L("b", "a", "c")), ["py2"]),
  c("{'apple', 'banana', 'cherry'}", () => S("apple", "banana", "cherry"), ["py2"]),
  c("set({'x': 1, 'y': 2})", () => set(D(["x", 1], ["y", 2])), ["py2"]),
  c("set([(1, 'a'), (2, 'b')])", () => set(L(T(1, "a"), T(2, "b"))), ["py2"]),
  c("{s for s in ['x', 'yy', 'x']}", () => { const s = new PySet(); for (const x of L("x", "yy", "x")) s.add(x); return s; }, ["py2"]),
];

test("dicts and sets match CPython", () => {
  const failures = checkCases(cases);
  assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.join("\n")}`);
});
