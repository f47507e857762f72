// imap's task sources call iter() on the iterable when the first task is made,
// as CPython's generators do, so a non-iterable fails in the IMapIterator
// (which then has a length) instead of in imap() with the result left pending.

import assert from "node:assert/strict";
import { test } from "node:test";
import { TypeError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { batches, iterLazily } from "./pool.js";

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
