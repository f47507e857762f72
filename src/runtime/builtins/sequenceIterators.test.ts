// iter() of the built-in sequences: CPython 3.11's type names (py2's in the corpus
// script corpus/semantics/containers/iterator_identity_py2.py), and iter(it) is it.

import assert from "node:assert/strict";
import { test } from "node:test";
import { iter, next, PyList, PyTuple, repr, type } from "./index.js";

test("iter() of a list, tuple or str has CPython's iterator type", () => {
  const name = (value: unknown): string => type(iter(value)).__name__;
  assert.equal(name(PyList.of(1)), "list_iterator");
  assert.equal(name(PyTuple.of(1)), "tuple_iterator");
  assert.equal(name("ab"), "str_ascii_iterator");
  assert.equal(name("中"), "str_iterator");
  assert.match(repr(iter(PyList.of(1))), /^<list_iterator object at 0x[0-9a-f]+>$/);
});

test("an iterator is its own iterator: next() through either advances the one object", () => {
  const it = iter(PyList.of(1, 2, 3));
  assert.equal(iter(it), it);
  assert.equal(next(it), 1);
  assert.equal(next(iter(it)), 2);
  assert.equal(type(iter(it)).__name__, "list_iterator");
  assert.deepEqual([...it], [3]);
});
