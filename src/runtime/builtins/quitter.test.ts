// The builtins exit() and quit() against sys.exit(): the arguments of the
// SystemExit each raises (Python 2's child bootstrap prints a None argument, so
// `quit(None)` and `sys.exit(None)` end a child differently there).

import assert from "node:assert/strict";
import { test } from "node:test";
import { SystemExit } from "./exceptions.js";
import { exit, quit } from "./quitter.js";
import { PyTuple } from "./tuple.js";
import { exit as sysExit } from "../sys/sysState.js";

test("exit() and quit() raise SystemExit with their argument (None when absent)", async () => {
  for (const quitter of [exit, quit]) {
    assert.throws(() => quitter(3), (e: unknown) => e instanceof SystemExit && e.code === 3);
    assert.throws(() => quitter(), (e: unknown) => e instanceof SystemExit && e.code === null && e.args.length === 1);
  }
});

test("sys.exit(v) makes its SystemExit as CPython does: None gives no args, a tuple its items", () => {
  const argsOf = (...status: unknown[]): unknown[] => {
    try {
      sysExit(...status);
    } catch (e) {
      assert.ok(e instanceof SystemExit);
      return [...e.args];
    }
    return assert.fail("sys.exit returned");
  };
  assert.deepEqual(argsOf(), []);
  assert.deepEqual(argsOf(null), []);
  assert.deepEqual(argsOf(PyTuple.of(1, 2)), [1, 2]);
  assert.deepEqual(argsOf(5), [5]);
});
