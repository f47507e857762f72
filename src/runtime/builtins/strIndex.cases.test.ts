// str length and indexing against CPython 3.11 and 2.7 (expected results from
// testdata/genCases.py), aimed at strIndex.ts's fast paths: ASCII strings known
// by their UTF-8 length, s[i] deciding from the code units up to i, and strings
// that gain an astral character (a surrogate pair) after being measured.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases } from "../../../test/support/cpython.js";
import { PyFloat } from "./float.js";
import { PyList, PyTuple } from "./index.js";
import { strGetItem, strLen } from "./strIndex.js";

const T = (...items: any[]): PyTuple<any> => PyTuple.of<any>(...items);
const EMOJI = "\u{1F600}";
const PY3: ["py3"] = ["py3"];

/** [s[i] for i in range(lo, hi)] */
function items(s: string, lo: number, hi: number): PyList<string> {
  const out = new PyList<string>();
  for (let i = lo; i < hi; i++) out.push(strGetItem(s, i));
  return out;
}

const cases = [
  // ASCII: both dialects
  c("[('abc' * 30)[i] for i in range(-5, 5)]", () => items("abc".repeat(30), -5, 5)),
  c("(len(''), len('a'), len('ab' * 40), len('x' * 64), len('x' * 65))", () => T(strLen(""), strLen("a"), strLen("ab".repeat(40)), strLen("x".repeat(64)), strLen("x".repeat(65)))),
  c("''[0]", () => strGetItem("", 0)),
  c("''[-1]", () => strGetItem("", -1)),
  c("'abc'[3]", () => strGetItem("abc", 3)),
  c("'abc'[-4]", () => strGetItem("abc", -4)),
  c("'abc'[True]", () => strGetItem("abc", true)),
  c("'abc'[1.0]", () => strGetItem("abc", new PyFloat(1))),
  c("'abc'[1.5]", () => strGetItem("abc", 1.5)),
  c("'abc'[2**70]", () => strGetItem("abc", 2n ** 70n)),
  c("('x' * 40)[30]", () => strGetItem("x".repeat(40), 30)),
  c("('x' * 40)[-35]", () => strGetItem("x".repeat(40), -35)),
  // Astral characters count as one (Python 3 str)
  c("s = 'ab\\U0001F600c'\n[s[i] for i in range(-4, 4)]", () => items(`ab${EMOJI}c`, -4, 4), PY3),
  c("len('ab\\U0001F600c')", () => strLen(`ab${EMOJI}c`), PY3),
  c("'ab\\U0001F600c'[4]", () => strGetItem(`ab${EMOJI}c`, 4), PY3),
  c("'ab\\U0001F600c'[-5]", () => strGetItem(`ab${EMOJI}c`, -5), PY3),
  c("'\\U0001F600'[-1]", () => strGetItem(EMOJI, -1), PY3),
  c("'\\U0001F600'[0]", () => strGetItem(EMOJI, 0), PY3),
  c("'\\U0001F600'[1]", () => strGetItem(EMOJI, 1), PY3),
  c(
    "s = 'a' * 20 + '\\U0001F600' + 'b' * 20\n(len(s), s[19], s[20], s[21], s[40], s[-1], s[-20], s[-21], s[-22])",
    () => {
      const s = "a".repeat(20) + EMOJI + "b".repeat(20);
      return T(strLen(s), ...[19, 20, 21, 40, -1, -20, -21, -22].map((i) => strGetItem(s, i)));
    },
    PY3,
  ),
  c(
    "s = '\\U0001F600' * 30\n(len(s), s[0], s[17], s[29], s[-1], s[-18])",
    () => {
      const s = EMOJI.repeat(30);
      return T(strLen(s), ...[0, 17, 29, -1, -18].map((i) => strGetItem(s, i)));
    },
    PY3,
  ),
  // A string measured, then given an astral character
  c(
    "s = 'abc'\nn = len(s)\ns += '\\U0001F600'\n(n, len(s), s[-1], s[3], s[2])",
    () => {
      let s = "abc";
      const n = strLen(s);
      s += EMOJI;
      return T(n, strLen(s), strGetItem(s, -1), strGetItem(s, 3), strGetItem(s, 2));
    },
    PY3,
  ),
  c(
    "s = 'x' * 70\nn = len(s)\ns += '\\U0001F600'\n(n, len(s), s[-1], s[70], s[-2], s[69])",
    () => {
      let s = "x".repeat(70);
      const n = strLen(s);
      s += EMOJI;
      return T(n, strLen(s), ...[-1, 70, -2, 69].map((i) => strGetItem(s, i)));
    },
    PY3,
  ),
  c(
    "s = ''\nlens = []\nfor i in range(100):\n    s += '\\U0001F600' if i == 50 else 'x'\n    lens.append(len(s))\n(lens[49], lens[50], lens[99], s[50], s[49], s[-50], s[-49], s[-51])",
    () => {
      let s = "";
      const lens: number[] = [];
      for (let i = 0; i < 100; i++) {
        s += i === 50 ? EMOJI : "x";
        lens.push(strLen(s));
      }
      return T(lens[49], lens[50], lens[99], ...[50, 49, -50, -49, -51].map((i) => strGetItem(s, i)));
    },
    PY3,
  ),
  // Non-ASCII without surrogates, and lone surrogates
  c("s = '\\u4e2d\\u6587\\xe9'\n(len(s), s[0], s[-1], s[2], len(s * 30), (s * 30)[-31])", () => {
    const s = "中文é";
    return T(strLen(s), strGetItem(s, 0), strGetItem(s, -1), strGetItem(s, 2), strLen(s.repeat(30)), strGetItem(s.repeat(30), -31));
  }, PY3),
  c("s = 'a\\udc00b\\ud800'\n(len(s), s[1], s[-1], s[-3], s[3])", () => {
    const s = "a\udc00b\ud800";
    return T(strLen(s), strGetItem(s, 1), strGetItem(s, -1), strGetItem(s, -3), strGetItem(s, 3));
  }, PY3),
];

test("str length and indexing match CPython", () => {
  const failures = checkCases(cases);
  assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.join("\n")}`);
});
