// dict lookups against CPython 2.7 and 3.11 (expected results from
// testdata/genCases.py), aimed at PyDict's remembered position of the last str
// or int key: it must never outlive a delete, clear, popitem or compaction, and
// keys equal across types (1, 1.0, True) must still be one key. Names that mean
// something to JavaScript objects ('__proto__', 'toString', '0') are ordinary keys.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases } from "../../../test/support/cpython.js";
import { PyFloat } from "./float.js";
import { list, PyDict, PyList, PySet, PyTuple, sorted } from "./index.js";
import { add } from "./operator.js";

const T = (...items: any[]): PyTuple<any> => PyTuple.of<any>(...items);
const D = (...pairs: Array<[any, any]>): PyDict<any, any> => PyDict.of<any, any>(...pairs);
const F = (v: number) => new PyFloat(v);

/** for k in keys: d[k] = d.get(k, 0) + 1 */
function countInto(d: PyDict, keys: readonly unknown[]): PyDict {
  for (const k of keys) d.__setitem__(k, add(d.get(k, 0), 1));
  return d;
}

const cases = [
  c("d = {}\nfor w in ['a', 'b', 'a', 'c', 'a', 'b']:\n    d[w] = d.get(w, 0) + 1\nd", () => countInto(D(), ["a", "b", "a", "c", "a", "b"])),
  c("d = {}\nfor k in [1, 2, 1, 2.0, True, 1.0, 3]:\n    d[k] = d.get(k, 0) + 1\nd", () => countInto(D(), [1, 2, 1, F(2), true, F(1), 3])),
  c("d = {1: 'a'}\nd.get(1)\nd[True] = 'b'\nd[1.0] = 'c'\nd", () => {
    const d = D([1, "a"]);
    d.get(1);
    d.__setitem__(true, "b");
    d.__setitem__(F(1), "c");
    return d;
  }),
  c("d = {True: 'x'}\nd.get(1)\nd[1] = 'y'\n(d, d.get(True), d.get(1.0), 1 in d)", () => {
    const d = D([true, "x"]);
    d.get(1);
    d.__setitem__(1, "y");
    return T(d, d.get(true), d.get(F(1)), d.__contains__(1));
  }),
  c("d = {'a': 1, 'b': 2}\nd.get('a')\ndel d['a']\n(d.get('a', 'gone'), 'a' in d)", () => {
    const d = D(["a", 1], ["b", 2]);
    d.get("a");
    d.__delitem__("a");
    return T(d.get("a", "gone"), d.__contains__("a"));
  }),
  c("d = {'a': 1, 'b': 2}\nd.get('a')\ndel d['a']\nd['a'] = 5\nd", () => {
    const d = D(["a", 1], ["b", 2]);
    d.get("a");
    d.__delitem__("a");
    d.__setitem__("a", 5);
    return d;
  }),
  c("d = {'a': 1}\nd.get('a')\nd.clear()\nr = (d.get('a', 0), 'a' in d)\nd['a'] = 2\n(r, d)", () => {
    const d = D(["a", 1]);
    d.get("a");
    d.clear();
    const r = T(d.get("a", 0), d.__contains__("a"));
    d.__setitem__("a", 2);
    return T(r, d);
  }),
  c("d = {'a': 1, 'b': 2}\nd.get('b')\nd.get('a')\nitem = d.popitem()\n(item, d.get(item[0], 'gone'), d)", () => {
    const d = D(["a", 1], ["b", 2]);
    d.get("b");
    d.get("a");
    const item = d.popitem();
    return T(item, d.get(item[0], "gone"), d);
  }),
  c("d = {'x': 1}\nd['x'] = d.get('x', 0) + 1\nd.pop('x')\nd['x'] = d.get('x', 10) + 1\nd", () => {
    const d = D(["x", 1]);
    countInto(d, ["x"]);
    d.pop("x");
    d.__setitem__("x", add(d.get("x", 10), 1));
    return d;
  }),
  c(
    "d = {}\nfor i in range(40):\n    d['k%d' % i] = i\nd.get('k39')\nfor i in range(30):\n    del d['k%d' % i]\nd['new'] = d.get('k39') + 100\n(d.get('k39'), d.get('k35'), d.get('k5', 'gone'), list(d)[:3], len(d), d['new'])",
    () => {
      const d = D();
      for (let i = 0; i < 40; i++) d.__setitem__(`k${i}`, i);
      d.get("k39");
      for (let i = 0; i < 30; i++) d.__delitem__(`k${i}`);
      d.__setitem__("new", add(d.get("k39"), 100));
      return T(d.get("k39"), d.get("k35"), d.get("k5", "gone"), PyList.fromArray((list(d) as PyList).slice(0, 3)), d.__len__(), d.__getitem__("new"));
    },
  ),
  c("d = {}\nfor i in range(20):\n    d[i] = d.get(i - 1, 0) + i\n    d.setdefault(-i, i)\n(len(d), d[19], d[-19], d.get(-20))", () => {
    const d = D();
    for (let i = 0; i < 20; i++) {
      d.__setitem__(i, add(d.get(i - 1, 0), i));
      d.setdefault(-i, i);
    }
    return T(d.__len__(), d.__getitem__(19), d.__getitem__(-19), d.get(-20));
  }),
  c("d = {'__proto__': 1, 'constructor': 2, 'toString': 3}\n(d, d.get('__proto__'), 'valueOf' in d, d.get('hasOwnProperty'), d['constructor'])", () => {
    const d = D(["__proto__", 1], ["constructor", 2], ["toString", 3]);
    return T(d, d.get("__proto__"), d.__contains__("valueOf"), d.get("hasOwnProperty"), d.__getitem__("constructor"));
  }),
  c("d = {'0': 'a', 0: 'b', '00': 'c', '-0': 'd', '4294967295': 'e', '': 'f'}\ndel d['0']\n(d, d.get('0'), d[0], d.get(''), len(d))", () => {
    const d = D(["0", "a"], [0, "b"], ["00", "c"], ["-0", "d"], ["4294967295", "e"], ["", "f"]);
    d.__delitem__("0");
    return T(d, d.get("0"), d.__getitem__(0), d.get(""), d.__len__());
  }),
  c("s = {'__proto__', '0', 0, 'a'}\ns.discard('a')\n(len(s), '__proto__' in s, '0' in s, 0 in s, 'a' in s, sorted(map(str, s)))", () => {
    const s = PySet.of<any>("__proto__", "0", 0, "a");
    s.discard("a");
    return T(s.__len__(), s.__contains__("__proto__"), s.__contains__("0"), s.__contains__(0), s.__contains__("a"), sorted(PyList.fromArray([...s].map(String))));
  }),
];

test("dict lookups match CPython", () => {
  const failures = checkCases(cases);
  assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.join("\n")}`);
});
