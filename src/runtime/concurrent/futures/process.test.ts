// ProcessPoolExecutor(max_workers=...) checks its count as CPython 3.11 does:
// `<= 0` with Python's comparison, then the call queue's semaphore wants an int.
// __init__ starts no worker (the first submit does), so nothing is left running.

import assert from "node:assert/strict";
import { test } from "node:test";
import { TypeError, ValueError } from "../../builtins/exceptions.js";
import { ProcessPoolExecutor } from "./process.js";

function make(max_workers: unknown): ProcessPoolExecutor {
  const executor = Object.create(ProcessPoolExecutor.prototype) as ProcessPoolExecutor;
  executor.__init__({ max_workers } as never);
  return executor;
}

test("max_workers: an int or bool; a float or str is CPython's TypeError, zero its ValueError", () => {
  assert.equal(make(3)._max_workers, 3);
  assert.equal(make(true)._max_workers, 1);
  assert.throws(() => make(2.5), (e: unknown) => e instanceof TypeError && (e as TypeError).args[0] === "'float' object cannot be interpreted as an integer");
  assert.throws(() => make("2"), (e: unknown) => e instanceof TypeError && (e as TypeError).args[0] === "'<=' not supported between instances of 'str' and 'int'");
  assert.throws(() => make(0), (e: unknown) => e instanceof ValueError && (e as ValueError).args[0] === "max_workers must be greater than 0");
});
