// The manager's array.array in Python 2: long items are accepted (m.Array('l',
// [10L]) raised TypeError) and 'I'/'L' items read back as long.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../../builtins/dialect.js";
import { PyList } from "../../builtins/list.js";
import { PyLong } from "../../builtins/long.js";
import { repr } from "../../builtins/repr.js";
import { PySlice } from "../../builtins/slice.js";
import { TypeError } from "../../builtins/exceptions.js";
import { PyArray } from "./array.js";

afterEach(() => setDialect("py3"));

test("Python 2 arrays take longs; 'L' and 'I' items are longs, 'l' items ints", () => {
  setDialect("py2");
  assert.equal(repr(new PyArray("l", PyList.fromIterable([new PyLong(10n), 2]))), "array('l', [10, 2])");
  assert.equal(repr(new PyArray("L", PyList.fromIterable([3]))), "array('L', [3L])");
  assert.equal(repr(new PyArray("I", PyList.fromIterable([3])).__getitem__(0)), "3L");
  assert.equal(repr(new PyArray("d", PyList.fromIterable([new PyLong(1n)]))), "array('d', [1.0])");
  setDialect("py3");
  assert.equal(repr(new PyArray("L", PyList.fromIterable([3]))), "array('L', [3])");
});

test("Python 3's 'u' arrays hold one-character strs and show them as one str", () => {
  setDialect("py3");
  const a = new PyArray("u", "héllo");
  assert.equal(repr(a), "array('u', 'héllo')");
  assert.equal(repr(a.__getitem__(new PySlice(1, 3, null))), "array('u', 'él')");
  assert.equal(repr(new PyArray("u")), "array('u')");
  assert.throws(() => new PyArray("u", PyList.fromIterable([1])), (e) => e instanceof TypeError && (e as Error).message.includes("array item must be unicode character"));
  assert.throws(() => a.__setitem__(0, "xy"), TypeError);
});
