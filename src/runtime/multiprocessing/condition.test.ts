// multiprocessing's Condition has no camelCase notifyAll in either dialect (that
// is threading's), and Python 2.7's has no wait_for (3.3): CPython's
// AttributeError, not threading's behaviour.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { AttributeError } from "../builtins/exceptions.js";
import { hasattr } from "../builtins/attributes.js";
import { Condition } from "./condition.js";

afterEach(() => setDialect("py3"));

const missing = (name: string) => (e: unknown) => e instanceof AttributeError && (e as AttributeError).args[0] === `'Condition' object has no attribute '${name}'`;

test("notifyAll is not a multiprocessing Condition method (Python 3 and 2)", () => {
  for (const dialect of ["py3", "py2"] as const) {
    setDialect(dialect);
    const c = new Condition();
    assert.equal(hasattr(c, "notifyAll"), false);
    c.acquire();
    assert.throws(() => (c as unknown as { notifyAll(): void }).notifyAll(), missing("notifyAll"));
    c.release();
  }
});

test("wait_for: Python 3 waits for the predicate; Python 2.7 has none", () => {
  const c = new Condition();
  c.acquire();
  assert.equal(c.wait_for(() => 7, 0.01), 7);
  setDialect("py2");
  assert.throws(() => c.wait_for(() => true, 0.01), missing("wait_for"));
  c.release();
});
