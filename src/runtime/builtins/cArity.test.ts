// Library methods CPython implements in C reject argument counts with C's
// messages, per dialect; a count that fits calls the method.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { callMethodKw } from "./call.js";
import { setDialect } from "./dialect.js";
import { Lock, Pipe } from "../multiprocessing/index.js";

afterEach(() => setDialect("py3"));

test("a lock's acquire and release: C messages in both dialects", () => {
  const lock = new Lock();
  assert.throws(() => callMethodKw(lock, "acquire", [true, 1, 2]), { name: "TypeError", message: "acquire() takes at most 2 arguments (3 given)" });
  assert.throws(() => callMethodKw(lock, "release", [1]), { name: "TypeError", message: "SemLock.release() takes no arguments (1 given)" });
  assert.equal(callMethodKw(lock, "acquire", [false]), true);
  assert.equal(callMethodKw(lock, "release", []), null);
  setDialect("py2");
  assert.throws(() => callMethodKw(lock, "acquire", [true, 1, 2]), { message: "function takes at most 2 arguments (3 given)" });
  assert.throws(() => callMethodKw(lock, "release", [1, 2]), { message: "release() takes no arguments (2 given)" });
});

test("a Connection is a Python class in Python 3 and a C type in Python 2", () => {
  const [a, b] = Pipe() as unknown as [object, object];
  assert.throws(() => callMethodKw(a, "send", []), { message: "_ConnectionBase.send() missing 1 required positional argument: 'obj'" });
  setDialect("py2");
  assert.throws(() => callMethodKw(a, "send", []), { message: "send() takes exactly one argument (0 given)" });
  assert.throws(() => callMethodKw(b, "recv", [1]), { message: "recv() takes no arguments (1 given)" });
  assert.throws(() => callMethodKw(b, "poll", [1, 2]), { message: "function takes at most 1 argument (2 given)" });
  callMethodKw(a, "send", ["x"]);
  assert.equal(callMethodKw(b, "recv", []), "x");
  callMethodKw(a, "close", []);
  callMethodKw(b, "close", []);
});
