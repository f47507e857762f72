// CpuWatch counts every thread of the program (the hub asks it from its own
// thread while the others work) and calls the machine saturated only when less
// than half a core is left.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { CpuWatch } from "./cpuWatch.js";

function busyFor(ms: number): void {
  for (const until = performance.now() + ms; performance.now() < until; );
}

function sleepFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

test("a busy thread counts as a busy core; sleeping does not", () => {
  const watch = new CpuWatch(2);
  busyFor(80);
  assert.ok(watch.busyCores() > 0.5, `busy: ${watch.busyCores()}`);
  watch.mark();
  sleepFor(80);
  assert.ok(watch.busyCores() < 0.5, `asleep: ${watch.busyCores()}`);
});

test("saturated means less than half a core left", () => {
  const oneCore = new CpuWatch(1);
  const manyCores = new CpuWatch(64);
  busyFor(80);
  assert.equal(oneCore.saturated(), true);
  assert.equal(manyCores.saturated(), false);
});

test("another thread's work counts too (the hub watches the whole program)", async () => {
  const source = `const { parentPort } = require("node:worker_threads");
    for (const until = performance.now() + 150; performance.now() < until; );
    parentPort.postMessage("done");`;
  const watch = new CpuWatch(2);
  const worker = new Worker(source, { eval: true });
  try {
    await new Promise((resolve) => worker.once("message", resolve));
    // This thread only waited for the message: the busy time is the worker's.
    assert.ok(watch.busyCores() > 0.5, `worker busy: ${watch.busyCores()}`);
  } finally {
    await worker.terminate();
  }
});
