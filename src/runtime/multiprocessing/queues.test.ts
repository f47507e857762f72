// Queue behaviours CPython shows in one process: when close() takes the reader
// away (Python 3: only once the feeder thread has run), put()'s check of its
// `block` argument, and Python 2's long qsize() of an unbounded queue.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setDialect } from "../builtins/dialect.js";
import { OSError } from "../builtins/osErrors.js";
import { TypeError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { repr } from "../builtins/repr.js";
import { sleepUntil } from "../internal/wait.js";
import { flushFeeders, kSwitchIntervalMs } from "./feeder.js";
import { Queue } from "./queues.js";

afterEach(() => {
  flushFeeders();
  setDialect("py3");
});

const handleClosed = (e: unknown) => e instanceof OSError && String(e.args[0]) === "handle is closed";

test("Python 3: empty() right after put() and close() still answers; the reader closes when the feeder runs", () => {
  setDialect("py3");
  const queue = new Queue();
  queue.put("a");
  queue.close();
  assert.equal(queue.empty(), true);
  queue.join_thread();
  assert.throws(() => queue.empty(), handleClosed);
});

test("Python 3: the reader also closes once the switch interval has passed without blocking", () => {
  setDialect("py3");
  const queue = new Queue();
  queue.put("a");
  flushFeeders();
  queue.close();
  assert.equal(queue.empty(), false);
  sleepUntil(performance.now() + kSwitchIntervalMs + 1);
  assert.throws(() => queue.empty(), handleClosed);
});

test("a queue this process never put to keeps its reader after close(); Python 2 closes it at once", () => {
  setDialect("py3");
  const unused = new Queue();
  unused.close();
  unused.join_thread();
  assert.equal(unused.empty(), true);
  setDialect("py2");
  const py2 = new Queue();
  py2.put(1);
  py2.close();
  assert.equal(py2.empty(), true);
});

test("put() refuses a block argument that is not an int, even on an unbounded queue", () => {
  const refused = (text: string) => (e: unknown) => e instanceof TypeError && String(e.args[0]) === text;
  setDialect("py3");
  for (const queue of [new Queue(), new Queue({ maxsize: 1 })]) {
    assert.throws(() => queue.put(1, null), refused("'NoneType' object cannot be interpreted as an integer"));
    assert.throws(() => queue.put(1, new PyFloat(1)), refused("'float' object cannot be interpreted as an integer"));
    assert.throws(() => queue.put(1, "x"), refused("'str' object cannot be interpreted as an integer"));
    assert.equal(queue.qsize(), 0);
    queue.put(1, 1);
    assert.equal(queue.qsize(), 1);
  }
  setDialect("py2");
  assert.throws(() => new Queue().put(1, null), refused("an integer is required"));
  assert.throws(() => new Queue().put(1, new PyFloat(1)), refused("integer argument expected, got float"));
});

test("Python 2: an unbounded queue's qsize() is a long, a bounded one's an int", () => {
  setDialect("py2");
  const unbounded = new Queue();
  assert.equal(repr(unbounded.qsize()), "0L");
  unbounded.put(1);
  assert.equal(repr(unbounded.qsize()), "1L");
  assert.equal(unbounded.full(), false);
  const bounded = new Queue({ maxsize: 2 });
  bounded.put(1);
  assert.equal(repr(bounded.qsize()), "1");
  setDialect("py3");
  assert.equal(repr(unbounded.qsize()), "1");
});
