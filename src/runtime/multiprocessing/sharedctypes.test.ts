// A synchronized Value is a context manager in Python 3 (its lock's), but not in
// Python 2.7, whose SynchronizedBase has no __enter__/__exit__: `with v:` there is
// CPython's "AttributeError: __exit__", not a locked block.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { AttributeError } from "../builtins/exceptions.js";
import { Value } from "./sharedctypes.js";

afterEach(() => setDialect("py3"));

test("Python 3: `with v:` holds v's lock", () => {
  const v = Value("i", 1);
  v.__enter__();
  assert.equal(v.get_lock().acquire(false), true, "an RLock: the owner re-enters");
  v.get_lock().release();
  v.__exit__(null, null, null);
});

test("Python 2: a Synchronized value has no __enter__ or __exit__", () => {
  setDialect("py2");
  const v = Value("i", 1);
  for (const name of ["__enter__", "__exit__"]) {
    assert.throws(() => (v as Record<string, unknown>)[name], (e: unknown) => e instanceof AttributeError && (e as AttributeError).args[0] === "__exit__");
  }
});
