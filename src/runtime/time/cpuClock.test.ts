// time.process_time() and Python 2's time.clock() measure this Python process's
// CPU time (its thread's, on Linux): computing advances them, sleeping does not.

import assert from "node:assert/strict";
import { test } from "node:test";
import { clock, process_time, sleep } from "./index.js";

const seconds = (value: unknown): number => Number((value as { valueOf(): number }).valueOf());

test("process_time and clock advance while this thread computes", () => {
  const start = seconds(process_time());
  const deadline = performance.now() + 5000;
  let spins = 0;
  while (seconds(process_time()) - start < 0.02 && performance.now() < deadline) spins++;
  assert.ok(seconds(process_time()) - start >= 0.02, `no CPU time counted after ${spins} checks`);
  assert.ok(seconds(clock()) >= seconds(process_time()) - 0.001);
});

test("sleeping costs no CPU time", () => {
  const start = seconds(process_time());
  sleep(0.2);
  assert.ok(seconds(process_time()) - start < 0.05);
});
