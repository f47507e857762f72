// Arrays of c_wchar ('u') read and write text: a slice and .value are a str
// (unicode in Python 2), not a list of characters, and .value was missing.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { PyFloat } from "../builtins/float.js";
import { PyLong } from "../builtins/long.js";
import { PySlice } from "../builtins/slice.js";
import { RawArray } from "./index.js";

afterEach(() => setDialect("py3"));

const all = (): PySlice => new PySlice(null, null, null);

test("a c_wchar array's slice and .value are text, and .value stops at the first NUL", () => {
  setDialect("py3");
  const a = RawArray("u", "hey");
  assert.equal(a.__getitem__(all()), "hey");
  assert.equal(a.__getitem__(new PySlice(null, null, -1)), "yeh");
  assert.equal(a.value, "hey");
  a.value = "q";
  assert.equal(a.value, "q");
  assert.equal(repr(a.__getitem__(all())), "'q\\x00y'");
  assert.throws(() => (a.value = "toolong"), (e) => e instanceof ValueError && String((e as Error).message).includes("string too long"));
  assert.throws(() => (a.value = 3), TypeError);
  assert.throws(() => a.__setitem__(0, "xy"), (e) => e instanceof TypeError && (e as Error).message.includes("one character unicode string expected"));
});

test("Python 2 reads a c_wchar array as unicode and accepts unicode values", () => {
  setDialect("py2");
  const a = RawArray("u", 2);
  a.__setitem__(0, RawArray("u", 1).__getitem__(0));
  a.value = a.__getitem__(all());
  assert.equal(repr(a.__getitem__(all())), "u'\\x00\\x00'");
  a.value = "ab";
  assert.equal(repr(a.value), "u'ab'");
  assert.equal(repr(a.__getitem__(0)), "u'a'");
});

test("Python 2 indexes a shared array with a long and reads an unsigned long array as longs", () => {
  setDialect("py2");
  const a = RawArray("L", 2);
  a.__setitem__(new PyLong(1n), new PyLong(7n));
  assert.equal(repr(a.__getitem__(new PyLong(1n))), "7L");
  assert.equal(repr(a.__getitem__(all())), "[0L, 7L]");
});

test("Array's size_or_initializer: an int or bool is a size, anything else must have a len()", () => {
  setDialect("py3");
  assert.equal(repr(RawArray("i", true).__getitem__(all())), "[0]");
  assert.equal(repr(RawArray("i", new PyLong(2n)).__getitem__(all())), "[0, 0]");
  assert.throws(() => RawArray("i", new PyFloat(2)), (e) => e instanceof TypeError && (e as Error).message.includes("object of type 'float' has no len()"));
  assert.throws(() => RawArray("i", null), (e) => e instanceof TypeError && (e as Error).message.includes("object of type 'NoneType' has no len()"));
});

test("del on a shared array: the ctypes array's TypeError", () => {
  assert.throws(() => RawArray("i", 2).__delitem__(0), (e) => e instanceof TypeError && (e as Error).message.includes("Array does not support item deletion"));
});
