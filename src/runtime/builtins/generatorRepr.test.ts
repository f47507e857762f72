// repr() of a generator: CPython's `<generator object NAME at 0x...>`, named after
// its module-level function when the module exports it (was an internal error).

import assert from "node:assert/strict";
import { test } from "node:test";
import { repr, str } from "./index.js";
import { setGeneratorNamespaceLookup } from "./generators.js";

function* task(): Generator<number> {
  yield 1;
}

test("a generator's repr names its module-level function", () => {
  setGeneratorNamespaceLookup(() => ({ task }));
  try {
    assert.match(repr(task()), /^<generator object task at 0x[0-9a-f]+>$/);
    assert.match(str(task()), /^<generator object task at 0x[0-9a-f]+>$/);
  } finally {
    setGeneratorNamespaceLookup(() => null);
  }
});

test("a generator whose function is not exported is a <genexpr>", () => {
  assert.match(repr(task()), /^<generator object <genexpr> at 0x[0-9a-f]+>$/);
});
