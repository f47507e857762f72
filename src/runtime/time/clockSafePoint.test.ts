// Reading a clock is a safe point: a loop busy-waiting on time.time() runs the
// safe-point hooks (Pool callbacks, Queue feeders) while it spins, as CPython's
// helper threads get the GIL during such a loop, but at most every HOOK_SLICE_MS
// and never re-entrantly from a hook that reads the clock itself.

import assert from "node:assert/strict";
import { test } from "node:test";
import { addSafePointHook, HOOK_SLICE_MS } from "../internal/wait.js";
import { monotonic, perf_counter, time } from "./index.js";

function spin(ms: number, read: () => unknown): void {
  const end = performance.now() + ms;
  while (performance.now() < end) read();
}

for (const [name, read] of [["time", time], ["perf_counter", perf_counter], ["monotonic", monotonic]] as const) {
  test(`a loop reading ${name}() runs the hooks while it spins, throttled`, () => {
    let runs = 0;
    const remove = addSafePointHook(() => runs++);
    try {
      spin(30, read);
    } finally {
      remove();
    }
    assert.ok(runs >= 3, `hooks ran ${runs} times`);
    assert.ok(runs <= 30 / HOOK_SLICE_MS + 2, `hooks ran ${runs} times: not throttled`);
  });
}

test("a hook that reads the clock does not run the hooks again", () => {
  let depth = 0;
  let deepest = 0;
  const remove = addSafePointHook(() => {
    depth++;
    deepest = Math.max(deepest, depth);
    spin(5, time);
    depth--;
  });
  try {
    spin(20, time);
  } finally {
    remove();
  }
  assert.equal(deepest, 1);
});

test("with no hook registered a clock read runs nothing (and a later hook is not starved)", () => {
  spin(5, time);
  let runs = 0;
  const remove = addSafePointHook(() => runs++);
  try {
    time();
  } finally {
    remove();
  }
  assert.equal(runs, 1);
});
