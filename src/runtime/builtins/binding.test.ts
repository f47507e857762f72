// checkArgumentCount: the check the runtime makes where it calls a user function
// itself (map(), sorted(key=), a Pool worker). Messages are CPython 3.11's and 2.7's.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { checkArgumentCount } from "./binding.js";
import { call, callKw, defineFunction, defineMethod, withSignature } from "./call.js";
import { getattr } from "./attributes.js";
import { setDialect } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import { map, sorted } from "./iteration.js";
import { PyList } from "./list.js";
import { PyObject } from "./object.js";

afterEach(() => setDialect("py3"));

function messageOf(body: () => unknown): string {
  try {
    body();
  } catch (e) {
    assert.ok(e instanceof TypeError, String(e));
    return String(e.args[0]);
  }
  return assert.fail("no TypeError");
}

function work(x: unknown, y: unknown): unknown {
  return [x, y];
}
defineFunction(work, "work(x, y)");

function opt(x: unknown, y: unknown = 1): unknown {
  return [x, y];
}
defineFunction(opt, "opt(x, y=)", [1]);

function rest(x: unknown, ...more: unknown[]): unknown {
  return [x, more];
}
defineFunction(rest, "rest(x, *more)");

class A extends PyObject {
  m(x: unknown): unknown {
    return x;
  }
}
defineMethod(A.prototype.m, "A.m(self, x)");

test("a count that fits passes; a function without a signature is not checked", () => {
  checkArgumentCount(work, 2);
  checkArgumentCount(opt, 1);
  checkArgumentCount(opt, 2);
  checkArgumentCount(rest, 5);
  checkArgumentCount((a: unknown) => a, 3);
  checkArgumentCount(null, 1);
});

test("Python 3 messages: missing, too many, with defaults, a method counts self", () => {
  assert.equal(messageOf(() => checkArgumentCount(work, 1)), "work() missing 1 required positional argument: 'y'");
  assert.equal(messageOf(() => checkArgumentCount(work, 0)), "work() missing 2 required positional arguments: 'x' and 'y'");
  assert.equal(messageOf(() => checkArgumentCount(work, 3)), "work() takes 2 positional arguments but 3 were given");
  assert.equal(messageOf(() => checkArgumentCount(opt, 3)), "opt() takes from 1 to 2 positional arguments but 3 were given");
  assert.equal(messageOf(() => checkArgumentCount(rest, 0)), "rest() missing 1 required positional argument: 'x'");
  assert.equal(messageOf(() => checkArgumentCount(A.prototype.m, 2)), "A.m() takes 2 positional arguments but 3 were given");
});

test("Python 2 messages: exactly / at most / at least, counting self", () => {
  setDialect("py2");
  assert.equal(messageOf(() => checkArgumentCount(work, 1)), "work() takes exactly 2 arguments (1 given)");
  assert.equal(messageOf(() => checkArgumentCount(opt, 3)), "opt() takes at most 2 arguments (3 given)");
  assert.equal(messageOf(() => checkArgumentCount(rest, 0)), "rest() takes at least 1 argument (0 given)");
  assert.equal(messageOf(() => checkArgumentCount(A.prototype.m, 2)), "m() takes exactly 2 arguments (3 given)");
});

test("runtime invocation points check before the first call", () => {
  assert.equal(messageOf(() => [...(map(work, [1, 2]) as Iterable<unknown>)]), "work() missing 1 required positional argument: 'y'");
  assert.equal(messageOf(() => sorted([2, 1], { key: work })), "work() missing 1 required positional argument: 'y'");
  // No item, no call: no error (as CPython).
  assert.deepEqual([...(map(work, []) as Iterable<unknown>)], []);
  assert.deepEqual([...sorted(new PyList(), { key: work })], []);
});

test("call() and callKw() check a positional call; callKw's fast path calls a fitting one directly", () => {
  assert.equal(messageOf(() => call(work, 1)), "work() missing 1 required positional argument: 'y'");
  assert.equal(messageOf(() => callKw(work, [1, 2, 3])), "work() takes 2 positional arguments but 3 were given");
  assert.deepEqual(callKw(work, [1, 2]), [1, 2]);
  assert.deepEqual(callKw(opt, [1]), [1, 1]);
});

test("a lambda carries its signature: its count is checked, its defaults are None (Python 2: takes no arguments)", () => {
  const square = withSignature((x: unknown) => x, "<lambda>(x)");
  const constant = withSignature(() => 0, "f.<locals>.<lambda>()");
  assert.equal(messageOf(() => callKw(square, [1, 2])), "<lambda>() takes 1 positional argument but 2 were given");
  assert.equal(messageOf(() => [...(map(constant, [1]) as Iterable<unknown>)]), "f.<locals>.<lambda>() takes 0 positional arguments but 1 was given");
  assert.equal(getattr(square, "__defaults__"), null);
  assert.equal(getattr(square, "__qualname__"), "<lambda>");
  setDialect("py2");
  assert.equal(messageOf(() => sorted([2, 1], { key: constant })), "<lambda>() takes no arguments (1 given)");
  assert.equal(messageOf(() => callKw(constant, [], { a: 1 })), "<lambda>() takes no arguments (1 given)");
  assert.equal(messageOf(() => callKw(square, [1, 2])), "<lambda>() takes exactly 1 argument (2 given)");
});
