// Argument conversion of the semaphore-based objects as CPython's SemLock does it:
// acquire(timeout='x') was True on a free lock, Semaphore('3') and
// Condition(lock=3) were accepted, Event.wait(timeout) used time.sleep's message
// and lock._semlock had no repr.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { AttributeError, TypeError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { repr } from "../builtins/repr.js";
import { BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore } from "./index.js";

afterEach(() => setDialect("py3"));

const typeError = (text: string) => (e: unknown) => e instanceof TypeError && (e as Error).message.includes(text);

test("acquire converts block and timeout even when the lock is free (Python 3 messages)", () => {
  setDialect("py3");
  assert.throws(() => new Lock().acquire(undefined, "x"), typeError("must be real number, not str"));
  assert.throws(() => new Lock().acquire("x"), typeError("'str' object cannot be interpreted as an integer"));
  assert.throws(() => new Lock().acquire(1.5), typeError("'float' object cannot be interpreted as an integer"));
  assert.equal(new Lock().acquire(true, new PyFloat(2)), true);
  assert.equal(new Lock().acquire(2, true), true);
});

test("an RLock's owner re-enters without the timeout being looked at", () => {
  const r = new RLock();
  r.acquire();
  assert.equal(r.acquire(undefined, "x"), true);
  assert.throws(() => r.acquire("x"), TypeError);
});

test("Python 2's SemLock messages", () => {
  setDialect("py2");
  assert.throws(() => new Lock().acquire(undefined, "x"), typeError("a float is required"));
  assert.throws(() => new Lock().acquire("x"), typeError("an integer is required"));
  assert.throws(() => new Semaphore({ value: new PyFloat(2.5) }), typeError("integer argument expected, got float"));
});

test("a semaphore's value must be an int", () => {
  setDialect("py3");
  assert.throws(() => new Semaphore({ value: "3" }), typeError("'str' object cannot be interpreted as an integer"));
  assert.throws(() => new BoundedSemaphore({ value: 2.5 }), typeError("'float' object cannot be interpreted as an integer"));
  assert.equal(new Semaphore({ value: true }).get_value(), 1);
});

test("waits convert the timeout as SemLock does; a set event ignores it", () => {
  setDialect("py3");
  assert.throws(() => new Event().wait("x"), typeError("must be real number, not str"));
  const e = new Event();
  e.set();
  assert.equal(e.wait("x"), true);
  const c = new Condition();
  c.acquire();
  assert.throws(() => c.wait("x"), typeError("must be real number, not str"));
  assert.equal(c.wait_for(() => 7, "x"), 7);
  c.release();
});

test("Condition's lock must have acquire; a falsy one means a fresh RLock", () => {
  assert.throws(() => new Condition({ lock: 3 }), (e) => e instanceof AttributeError && /'int' object has no attribute 'acquire'/.test(String((e as { args: unknown[] }).args[0])));
  assert.match(repr(new Condition({ lock: null })), /^<Condition\(<RLock\(None, 0\)>, 0\)>$/);
});

test("lock._semlock has the C type's default repr", () => {
  assert.match(repr(new Lock()._semlock), /^<_multiprocessing\.SemLock object at 0x[0-9a-f]+>$/);
});
