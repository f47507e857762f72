// Encoding a str, against CPython 3.11: str.encode, bytes(s, encoding, errors)
// and bytearray(s, encoding, errors) share one encoder, so they raise the same
// UnicodeEncodeError and apply the same error handlers; CPython looks a handler
// up only when a character needs it. Expected results: testdata/genCases.py.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c as case2, checkCases } from "../../../test/support/cpython.js";
import { bytearray, bytes, callMethod } from "./index.js";

const c = (source: string, thunk: () => unknown) => case2(source, thunk, ["py3"]);
const encode = (s: string, ...args: unknown[]) => callMethod(s, "encode", ...args);

const cases = [
  c("bytes('\\xe9', 'ascii')", () => bytes("\xe9", "ascii")),
  c("bytes('\\xe9\\u20ac', 'ascii')", () => bytes("\xe9\u20ac", "ascii")),
  c("bytes('\\u20ac', 'latin-1')", () => bytes("\u20ac", "latin-1")),
  c("bytes('\\xe9', 'latin-1')", () => bytes("\xe9", "latin-1")),
  c("bytes('\\xe9', encoding='utf-8')", () => bytes("\xe9", "utf-8")),
  c("bytes('\\u4e2d\\u6587', 'gbk')", () => bytes("\u4e2d\u6587", "gbk")),
  c("bytes('x', 'nope')", () => bytes("x", "nope")),
  c("bytes('x')", () => bytes("x")),
  c("bytes('x', 5)", () => bytes("x", 5)),
  c("bytes('x', None)", () => bytes("x", null)),
  c("bytes('x', 'ascii', 5)", () => bytes("x", "ascii", 5)),
  c("bytes('x', errors='strict')", () => bytes("x", undefined, "strict")),
  c("bytes(5, 'ascii')", () => bytes(5, "ascii")),
  c("bytes(b'x', errors='strict')", () => bytes(bytes("x", "ascii"), undefined, "strict")),
  c("bytes(errors='strict')", () => bytes(undefined, undefined, "strict")),
  c("bytes('\\xe9\\u20ac', 'ascii', 'replace')", () => bytes("\xe9\u20ac", "ascii", "replace")),
  c("bytes('\\xe9\\u20acx', 'latin-1', 'ignore')", () => bytes("\xe9\u20acx", "latin-1", "ignore")),
  c("bytes('\\xe9\\u20acx', 'latin-1', 'backslashreplace')", () => bytes("\xe9\u20acx", "latin-1", "backslashreplace")),
  c("bytes('x', 'ascii', 'bogus')", () => bytes("x", "ascii", "bogus")),
  c("bytes('\\xe9', 'ascii', 'bogus')", () => bytes("\xe9", "ascii", "bogus")),
  c("bytes('\\ud800', 'utf-8')", () => bytes("\ud800", "utf-8")),
  c("bytearray('\\xe9', 'ascii')", () => bytearray("\xe9", "ascii")),
  c("bytearray('\\xe9\\u20ac', 'ascii', 'xmlcharrefreplace')", () => bytearray("\xe9\u20ac", "ascii", "xmlcharrefreplace")),
  c("bytearray('\\xe9', 'ascii', 'backslashreplace')", () => bytearray("\xe9", "ascii", "backslashreplace")),
  c("bytearray('\\u4e2d\\u6587', 'utf8')", () => bytearray("\u4e2d\u6587", "utf8")),
  c("bytearray('x', 5)", () => bytearray("x", 5)),
  c("bytearray('x', 'ascii', None)", () => bytearray("x", "ascii", null)),
  c("bytearray(3, errors='strict')", () => bytearray(3, undefined, "strict")),
  c("'\\xe9'.encode('ascii')", () => encode("\xe9", "ascii")),
  c("'ab\\u20ac'.encode('latin1')", () => encode("ab\u20ac", "latin1")),
  c("'x'.encode('ascii', 'bogus')", () => encode("x", "ascii", "bogus")),
  c("'\\xe9'.encode('ascii', 'bogus')", () => encode("\xe9", "ascii", "bogus")),
  c("'\\u4e2d'.encode('gbk', 'replace')", () => encode("\u4e2d", "gbk", "replace")),
  c("'\\U0001F600'.encode('ascii', 'backslashreplace')", () => encode("\u{1F600}", "ascii", "backslashreplace")),
];

test("str.encode, bytes() and bytearray() of a str encode as CPython 3.11's do", () => {
  const failures = checkCases(cases);
  assert.deepEqual(failures, [], failures.join("\n"));
});
