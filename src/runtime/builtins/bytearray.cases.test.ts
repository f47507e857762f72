// bytearray, and bytes with bytearray operands, against CPython 3.11: each case
// pairs a Python snippet with the runtime calls a translation makes; the expected
// result comes from running the snippet (testdata/genCases.py). Python 2 scripts
// that use bytearray are reported by the lowering, so the cases are Python 3 only.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c as case2, checkCases } from "../../../test/support/cpython.js";
import { eq, gt, lt, ne } from "./compare.js";
import { PyFloat } from "./float.js";
import {
  add,
  bool,
  bytearray,
  bytes,
  callMethod,
  contains,
  delitem,
  getitem,
  hash,
  iadd,
  imul,
  isinstance,
  len,
  list,
  mul,
  percentFormat,
  PyBytes,
  PyList,
  PyTuple,
  range,
  repr,
  setitem,
  slice,
  sorted,
  str,
  sum,
  type,
} from "./index.js";

const c = (source: string, thunk: () => unknown) => case2(source, thunk, ["py3"]);
const B = (text: string) => bytes(text, "latin-1") as PyBytes;
const BA = (text: string) => bytearray(B(text));
const L = (...items: any[]): PyList<any> => PyList.of<any>(...items);
const T = (...items: any[]): PyTuple<any> => PyTuple.of<any>(...items);
const S = (start: unknown, stop: unknown, step: unknown = null) => slice(start, stop, step);
/** Runs `body` on a fresh bytearray and returns it (the snippet's `b` after its statements). */
const after = (text: string, body: (b: any) => void) => {
  const b = BA(text);
  body(b);
  return b;
};

const cases = [
  // construction
  c("bytearray()", () => bytearray()),
  c("bytearray(3)", () => bytearray(3)),
  c("bytearray(b'abc')", () => bytearray(B("abc"))),
  c("bytearray(bytearray(b'q'))", () => bytearray(BA("q"))),
  c("bytearray([1, 2, 255])", () => bytearray(L(1, 2, 255))),
  c("bytearray(range(3))", () => bytearray(range(3))),
  c("bytearray('h\\xe9', 'utf-8')", () => bytearray("h\xe9", "utf-8")),
  c("bytearray('abc', 'ascii')", () => bytearray("abc", "ascii")),
  c("bytearray(True)", () => bytearray(true)),
  c("bytearray('abc')", () => bytearray("abc")),
  c("bytearray(-1)", () => bytearray(-1)),
  c("bytearray([256])", () => bytearray(L(256))),
  c("bytearray([-1])", () => bytearray(L(-1))),
  c("bytearray(['a'])", () => bytearray(L("a"))),
  c("bytearray(1.5)", () => bytearray(new PyFloat(1.5))),
  c("bytearray(None)", () => bytearray(null)),
  c("bytearray(b'a', 'utf-8')", () => bytearray(B("a"), "utf-8")),
  c("bytearray(3, 'utf-8')", () => bytearray(3, "utf-8")),
  c("bytearray.fromhex('61 62')", () => callMethod(bytearray, "fromhex", "61 62")),
  c("bytearray.fromhex('6x')", () => callMethod(bytearray, "fromhex", "6x")),
  // reading
  c("len(bytearray(b'abc'))", () => len(BA("abc"))),
  c("bytearray(b'abc')[0]", () => getitem(BA("abc"), 0)),
  c("bytearray(b'abc')[-1]", () => getitem(BA("abc"), -1)),
  c("bytearray(b'abc')[3]", () => getitem(BA("abc"), 3)),
  c("bytearray(b'abc')['a']", () => getitem(BA("abc"), "a")),
  c("bytearray(b'abc')[1.5]", () => getitem(BA("abc"), new PyFloat(1.5))),
  c("bytearray(b'abcdef')[1:4]", () => getitem(BA("abcdef"), S(1, 4))),
  c("bytearray(b'abcdef')[::-2]", () => getitem(BA("abcdef"), S(null, null, -2))),
  c("list(bytearray(b'abc'))", () => list(BA("abc"))),
  c("sorted(bytearray(b'cab'))", () => sorted(BA("cab"))),
  c("sum(bytearray(b'abc'))", () => sum(BA("abc"))),
  c("(bool(bytearray()), bool(bytearray(b'\\x00')))", () => T(bool(bytearray()), bool(BA("\0")))),
  c("98 in bytearray(b'abc')", () => contains(BA("abc"), 98)),
  c("b'bc' in bytearray(b'abc')", () => contains(BA("abc"), B("bc"))),
  c("bytearray(b'bc') in b'abc'", () => contains(B("abc"), BA("bc"))),
  c("'a' in bytearray(b'abc')", () => contains(BA("abc"), "a")),
  c("300 in bytearray(b'abc')", () => contains(BA("abc"), 300)),
  // comparison, hashing, type
  c("bytearray(b'abc') == b'abc'", () => eq(BA("abc"), B("abc"))),
  c("b'abc' == bytearray(b'abc')", () => eq(B("abc"), BA("abc"))),
  c("bytearray(b'abc') == bytearray(b'abd')", () => eq(BA("abc"), BA("abd"))),
  c("bytearray(b'abc') != 'abc'", () => ne(BA("abc"), "abc")),
  c("bytearray(b'abc') < b'abd'", () => lt(BA("abc"), B("abd"))),
  c("b'abd' > bytearray(b'abc')", () => gt(B("abd"), BA("abc"))),
  c("bytearray(b'abc') < 'abd'", () => lt(BA("abc"), "abd")),
  c("hash(bytearray(b'abc'))", () => hash(BA("abc"))),
  c("{bytearray(b'abc'): 1}", () => hash(BA("abc"))),
  c("(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), isinstance(b'', bytearray))", () =>
    T(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), isinstance(B(""), bytearray)),
  ),
  c("type(bytearray()).__name__", () => (type(bytearray()) as any).__name__),
  // repr and str
  c("repr(bytearray(b'abc'))", () => repr(BA("abc"))),
  c("str(bytearray(b'x\\n'))", () => str(BA("x\n"))),
  c("repr(bytearray(b\"it's\"))", () => repr(BA("it's"))),
  c("repr(bytearray(b'\\x00\\xff\"\\''))", () => repr(BA("\0\xff\"'"))),
  c("'%s %r' % (bytearray(b'a'), bytearray(b'b'))", () => percentFormat("%s %r", T(BA("a"), BA("b")))),
  // operators
  c("bytearray(b'ab') + b'cd'", () => add(BA("ab"), B("cd"))),
  c("b'ab' + bytearray(b'cd')", () => add(B("ab"), BA("cd"))),
  c("bytearray(b'ab') + 'cd'", () => add(BA("ab"), "cd")),
  c("bytearray(b'ab') + [1]", () => add(BA("ab"), L(1))),
  c("bytearray(b'ab') * 2", () => mul(BA("ab"), 2)),
  c("2 * bytearray(b'ab')", () => mul(2, BA("ab"))),
  c("bytearray(b'ab') * -1", () => mul(BA("ab"), -1)),
  c("bytearray(b'ab') * 1.5", () => mul(BA("ab"), new PyFloat(1.5))),
  c("b = bytearray(b'ab')\nb += b'cd'\nb", () => iadd(BA("ab"), B("cd"))),
  c("b = bytearray(b'ab')\nb += bytearray(b'cd')\nb", () => iadd(BA("ab"), BA("cd"))),
  c("b = bytearray(b'ab')\nb += b\nb", () => after("ab", (b) => iadd(b, b))),
  c("b = bytearray(b'ab')\nb += [1]\nb", () => iadd(BA("ab"), L(1))),
  c("b = bytearray(b'ab')\nb *= 3\nb", () => imul(BA("ab"), 3)),
  c("b = bytearray(b'ab')\nc = b\nb += b'c'\nc", () => { const b = BA("ab"); iadd(b, B("c")); return b; }),
  // item and slice assignment
  c("b = bytearray(b'abc')\nb[0] = 65\nb", () => after("abc", (b) => setitem(b, 0, 65))),
  c("b = bytearray(b'abc')\nb[-1] = 0\nb", () => after("abc", (b) => setitem(b, -1, 0))),
  c("b = bytearray(b'abc')\nb[0] = 256", () => setitem(BA("abc"), 0, 256)),
  c("b = bytearray(b'abc')\nb[0] = 'a'", () => setitem(BA("abc"), 0, "a")),
  c("b = bytearray(b'abc')\nb[0] = b'a'", () => setitem(BA("abc"), 0, B("a"))),
  c("b = bytearray(b'abc')\nb[3] = 1", () => setitem(BA("abc"), 3, 1)),
  c("b = bytearray(b'abc')\nb['a'] = 1", () => setitem(BA("abc"), "a", 1)),
  c("b = bytearray(b'abc')\nb[1:2] = b'XYZ'\nb", () => after("abc", (b) => setitem(b, S(1, 2), B("XYZ")))),
  c("b = bytearray(b'abc')\nb[0:0] = [1, 2]\nb", () => after("abc", (b) => setitem(b, S(0, 0), L(1, 2)))),
  c("b = bytearray(b'abc')\nb[1:] = b''\nb", () => after("abc", (b) => setitem(b, S(1, null), B("")))),
  c("b = bytearray(b'abc')\nb[:] = b\nb", () => after("abc", (b) => setitem(b, S(null, null), b))),
  c("b = bytearray(b'abc')\nb[5:9] = b'z'\nb", () => after("abc", (b) => setitem(b, S(5, 9), B("z")))),
  c("b = bytearray(b'abc')\nb[1:2] = 5", () => setitem(BA("abc"), S(1, 2), 5)),
  c("b = bytearray(b'abc')\nb[1:2] = 'ab'", () => setitem(BA("abc"), S(1, 2), "ab")),
  c("b = bytearray(b'abc')\nb[1:2] = None", () => setitem(BA("abc"), S(1, 2), null)),
  c("b = bytearray(b'abc')\nb[1:2] = [300]", () => setitem(BA("abc"), S(1, 2), L(300))),
  c("b = bytearray(b'abc')\nb[1:2] = ['a']", () => setitem(BA("abc"), S(1, 2), L("a"))),
  c("b = bytearray(b'abcdef')\nb[::2] = b'xyz'\nb", () => after("abcdef", (b) => setitem(b, S(null, null, 2), B("xyz")))),
  c("b = bytearray(b'abcdef')\nb[::-3] = [1, 2]\nb", () => after("abcdef", (b) => setitem(b, S(null, null, -3), L(1, 2)))),
  c("b = bytearray(b'abcdef')\nb[::2] = b'x'", () => setitem(BA("abcdef"), S(null, null, 2), B("x"))),
  c("b = bytearray(b'abcdef')\ndel b[0]\nb", () => after("abcdef", (b) => delitem(b, 0))),
  c("b = bytearray(b'abcdef')\ndel b[1:3]\nb", () => after("abcdef", (b) => delitem(b, S(1, 3)))),
  c("b = bytearray(b'abcdef')\ndel b[::2]\nb", () => after("abcdef", (b) => delitem(b, S(null, null, 2)))),
  c("b = bytearray(b'abcdef')\ndel b[::-4]\nb", () => after("abcdef", (b) => delitem(b, S(null, null, -4)))),
  c("b = bytearray(b'abc')\ndel b[5]", () => delitem(BA("abc"), 5)),
  // mutating methods
  c("b = bytearray(b'ab')\nb.append(99)\nb", () => after("ab", (b) => b.append(99))),
  c("bytearray(b'ab').append(256)", () => BA("ab").append(256)),
  c("bytearray(b'ab').append('a')", () => BA("ab").append("a")),
  c("b = bytearray(b'ab')\nb.extend([1, 2])\nb", () => after("ab", (b) => b.extend(L(1, 2)))),
  c("b = bytearray(b'ab')\nb.extend(b'cd')\nb", () => after("ab", (b) => b.extend(B("cd")))),
  c("b = bytearray(b'ab')\nb.extend(b)\nb", () => after("ab", (b) => b.extend(b))),
  c("b = bytearray(b'ab')\nb.extend(range(3))\nb", () => after("ab", (b) => b.extend(range(3)))),
  c("bytearray(b'ab').extend(5)", () => BA("ab").extend(5)),
  c("bytearray(b'ab').extend('cd')", () => BA("ab").extend("cd")),
  c("bytearray(b'ab').extend([1, 300])", () => BA("ab").extend(L(1, 300))),
  c("b = bytearray(b'abc')\nb.insert(1, 65)\nb", () => after("abc", (b) => b.insert(1, 65))),
  c("b = bytearray(b'abc')\nb.insert(-10, 65)\nb", () => after("abc", (b) => b.insert(-10, 65))),
  c("b = bytearray(b'abc')\nb.insert(10, 65)\nb", () => after("abc", (b) => b.insert(10, 65))),
  c("bytearray(b'abc').insert(0, 300)", () => BA("abc").insert(0, 300)),
  c("b = bytearray(b'abc')\n(b.pop(), b.pop(0), b)", () => { const b = BA("abc"); return T(b.pop(), b.pop(0), b); }),
  c("bytearray().pop()", () => bytearray().pop()),
  c("bytearray(b'abc').pop(10)", () => BA("abc").pop(10)),
  c("bytearray(b'abc').pop('a')", () => BA("abc").pop("a")),
  c("b = bytearray(b'abcb')\nb.remove(98)\nb", () => after("abcb", (b) => b.remove(98))),
  c("bytearray(b'abc').remove(9)", () => BA("abc").remove(9)),
  c("bytearray(b'abc').remove(300)", () => BA("abc").remove(300)),
  c("b = bytearray(b'abc')\nb.clear()\nb", () => after("abc", (b) => b.clear())),
  c("b = bytearray(b'abc')\nb.reverse()\nb", () => after("abc", (b) => b.reverse())),
  c("b = bytearray(b'abc')\nd = b.copy()\nd[0] = 0\n(b, d)", () => { const b = BA("abc"); const d = b.copy(); setitem(d, 0, 0); return T(b, d); }),
  // reading methods (shared with bytes) and their result type
  c("bytearray(b'abcab').find(b'b')", () => BA("abcab").find(B("b"))),
  c("bytearray(b'abcab').find(98, 2)", () => BA("abcab").find(98, 2)),
  c("bytearray(b'abcab').find('a')", () => BA("abcab").find("a")),
  c("b'abcab'.find(bytearray(b'ca'))", () => B("abcab").find(BA("ca"))),
  c("b'abcab'.count(97)", () => B("abcab").count(97)),
  c("bytearray(b'abcab').index(b'x')", () => BA("abcab").index(B("x"))),
  c("bytearray(b'abc').startswith((b'x', bytearray(b'ab')))", () => BA("abc").startswith(T(B("x"), BA("ab")))),
  c("b'abc'.endswith(bytearray(b'bc'))", () => B("abc").endswith(BA("bc"))),
  c("b'abc'.startswith('a')", () => B("abc").startswith("a")),
  c("bytearray(b'abc').upper()", () => BA("abc").upper()),
  c("bytearray(b' a b ').strip()", () => BA(" a b ").strip()),
  c("bytearray(b'xaxbx').strip(b'x')", () => BA("xaxbx").strip(B("x"))),
  c("bytearray(b'a b').split()", () => BA("a b").split()),
  c("bytearray(b'a,b').split(b',')", () => BA("a,b").split(B(","))),
  c("b'a,b'.split(bytearray(b','))", () => B("a,b").split(BA(","))),
  c("bytearray(b'aXa').replace(b'a', b'zz')", () => BA("aXa").replace(B("a"), B("zz"))),
  c("bytearray(b',').join([b'a', bytearray(b'b')])", () => BA(",").join(L(B("a"), BA("b")))),
  c("b'-'.join([bytearray(b'a'), b'b'])", () => B("-").join(L(BA("a"), B("b")))),
  c("bytearray(b'abc').hex()", () => BA("abc").hex()),
  c("bytearray(b'h\\xc3\\xa9').decode()", () => BA("h\xc3\xa9").decode()),
  c("bytearray(b'\\xff').decode()", () => BA("\xff").decode()),
  c("bytes(bytearray(b'abc'))", () => bytes(BA("abc"))),
];

test("bytearray behaves as CPython 3.11's does", () => {
  const failures = checkCases(cases);
  assert.deepEqual(failures, [], failures.join("\n"));
});

test("appending past the buffer's capacity keeps every byte", () => {
  const b = bytearray();
  for (let i = 0; i < 1000; i++) b.append(i & 0xff);
  assert.equal(b.length, 1000);
  assert.deepEqual([...b.data.subarray(254, 258)], [254, 255, 0, 1]);
});
