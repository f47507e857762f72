// imap's task sources call iter() on the iterable when the first task is made,
// as CPython's generators do, so a non-iterable fails in the IMapIterator
// (which then has a length) instead of in imap() with the result left pending.

import assert from "node:assert/strict";
import { test } from "node:test";
import { TypeError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { setDialect } from "../builtins/dialect.js";
import { PyFloat } from "../builtins/float.js";
import { batches, iterLazily, processCount } from "./pool.js";

const notIterable = (error: unknown): boolean => error instanceof TypeError && String((error as TypeError).args[0]) === "'int' object is not iterable";

test("iterLazily and batches defer iter() to the first next()", () => {
  const lazy = iterLazily(5);
  assert.throws(() => lazy.next(), notIterable);
  const chunks = batches(5, 2);
  assert.throws(() => chunks.next(), notIterable);
});

test("iterLazily yields the items; batches groups them by size", () => {
  assert.deepEqual([...{ [Symbol.iterator]: () => iterLazily(PyList.of(1, 2, 3)) }], [1, 2, 3]);
  const chunks = [...{ [Symbol.iterator]: () => batches(PyList.of(1, 2, 3), 2) }].map((chunk) => [...chunk]);
  assert.deepEqual(chunks, [[1, 2], [3]]);
});

test("Pool(processes=...) takes an int or bool; a float or str is range()'s TypeError, per dialect", () => {
  const failsWith = (message: string) => (error: unknown) => error instanceof TypeError && String((error as TypeError).args[0]) === message;
  try {
    assert.equal(processCount(3), 3);
    assert.equal(processCount(true), 1);
    assert.equal(processCount(2n), 2);
    assert.throws(() => processCount(2.5), failsWith("'float' object cannot be interpreted as an integer"));
    assert.throws(() => processCount(new PyFloat(2)), failsWith("'float' object cannot be interpreted as an integer"));
    setDialect("py2");
    assert.throws(() => processCount(2.5), failsWith("range() integer end argument expected, got float."));
    assert.throws(() => processCount("2"), failsWith("unsupported operand type(s) for -: 'str' and 'int'"));
  } finally {
    setDialect("py3");
  }
});
