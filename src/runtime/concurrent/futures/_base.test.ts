// A finished future's repr names its result's or exception's Python type, as
// CPython's Future.__repr__ does (`returned int`, not JavaScript's `number`).

import assert from "node:assert/strict";
import { test } from "node:test";
// The whole builtins module, as a program loads it: it registers the types' Python names.
import { PyList, repr, ValueError } from "../../builtins/index.js";
import { Future } from "./_base.js";

function finished(result: unknown): string {
  const future = new Future();
  future.set_result(result);
  return String(repr(future));
}

test("a finished future's repr names its result's Python type", () => {
  assert.match(finished(3), /^<Future at 0x[0-9a-f]+ state=finished returned int>$/);
  assert.match(finished(2.5), /returned float>$/);
  assert.match(finished("x"), /returned str>$/);
  assert.match(finished(null), /returned NoneType>$/);
  assert.match(finished(true), /returned bool>$/);
  assert.match(finished(PyList.of(1)), /returned list>$/);
});

test("a failed future's repr names the exception's class; a pending one has no outcome", () => {
  const future = new Future();
  assert.match(String(repr(future)), /^<Future at 0x[0-9a-f]+ state=pending>$/);
  future.set_exception(new ValueError("bad"));
  assert.match(String(repr(future)), /state=finished raised ValueError>$/);
});
