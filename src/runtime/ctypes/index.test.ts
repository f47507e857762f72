// Python 2 longs in ctypes: Value('l', 10L) raised "an integer is required" and
// Value('d', 10L) "a float is required"; c_uint and c_ulong read back as long.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { PyLong } from "../builtins/long.js";
import { repr } from "../builtins/repr.js";
import { c_double, c_int, c_long, c_uint, c_ulong } from "./index.js";

afterEach(() => setDialect("py3"));

test("Python 2 longs convert to integer and float ctypes", () => {
  setDialect("py2");
  assert.equal(repr(new c_long(new PyLong(10n)).value), "10");
  assert.equal(repr(new c_int(new PyLong(-3n)).value), "-3");
  assert.equal(repr(new c_double(new PyLong(10n)).value), "10.0");
});

test("Python 2 reads c_uint and c_ulong as long, signed types as int; Python 3 has plain ints", () => {
  setDialect("py2");
  assert.equal(repr(new c_ulong(5).value), "5L");
  assert.equal(repr(new c_uint(5)), "c_uint(5L)");
  assert.equal(repr(new c_long(5).value), "5");
  setDialect("py3");
  assert.equal(repr(new c_ulong(5).value), "5");
});

test("emitted code's `c_int(5)` is `new c_int({ value: 5 })`; the class names itself and sizeof takes an instance", async () => {
  const { sizeof } = await import("./index.js");
  const { typeName } = await import("../builtins/types.js");
  const x = new c_int({ value: 5 } as never);
  assert.equal(x.value, 5);
  assert.equal(repr(new c_double({} as never).value), "0.0");
  assert.equal(repr(x), "c_int(5)");
  assert.equal(typeName(x), "c_int");
  assert.equal(sizeof(x), 4);
  assert.equal(sizeof(c_double), 8);
});
