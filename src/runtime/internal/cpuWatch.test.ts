// CpuWatch: the share of the cores the program used since mark(), and
// "saturated" only when less than half a core is left. The arithmetic is tested
// on a scripted clock; on the real clock only what no machine load can change
// (a sleeping program uses next to no CPU; a worker thread's CPU is counted),
// since a busy thread on a loaded machine really does get less than a core.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { CpuWatch, type CpuSample } from "./cpuWatch.js";

/** A clock the test moves by hand. */
function scriptedClock(): { sample: () => CpuSample; advance: (cpuMs: number, wallMs: number) => void } {
  let cpuMs = 0;
  let wallMs = 1000;
  return {
    sample: () => ({ cpuMs, wallMs }),
    advance: (cpu, wall) => {
      cpuMs += cpu;
      wallMs += wall;
    },
  };
}

test("busy cores are the CPU time used over the wall time since mark()", () => {
  const clock = scriptedClock();
  const watch = new CpuWatch(2, clock.sample);
  assert.equal(watch.busyCores(), 0);
  clock.advance(150, 100);
  assert.equal(watch.busyCores(), 1.5);
  watch.mark();
  clock.advance(20, 100);
  assert.equal(watch.busyCores(), 0.2);
});

test("saturated means less than half a core left", () => {
  const clock = scriptedClock();
  const twoCores = new CpuWatch(2, clock.sample);
  const fourCores = new CpuWatch(4, clock.sample);
  clock.advance(140, 100);
  assert.equal(twoCores.saturated(), false);
  assert.equal(fourCores.saturated(), false);
  clock.advance(60, 0);
  assert.equal(twoCores.saturated(), true);
  assert.equal(fourCores.saturated(), false);
});

test("a sleeping program is not busy", () => {
  const watch = new CpuWatch();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 80);
  assert.ok(watch.busyCores() < 0.5, `asleep: ${watch.busyCores()}`);
});

test("another thread's work counts too (the hub watches the whole program)", async () => {
  const source = `const { parentPort } = require("node:worker_threads");
    const start = process.cpuUsage();
    for (;;) {
      const used = process.cpuUsage(start);
      if (used.user + used.system >= 100000) break;
    }
    parentPort.postMessage("done");`;
  const started = performance.now();
  const watch = new CpuWatch();
  const worker = new Worker(source, { eval: true });
  try {
    await new Promise((resolve) => worker.once("message", resolve));
    // The worker spun until the program had used 100 ms more CPU; this thread only
    // waited. However long that took on a loaded machine, the window holds it all.
    const cpuMs = watch.busyCores() * (performance.now() - started);
    assert.ok(cpuMs >= 95, `CPU counted: ${cpuMs} ms`);
  } finally {
    await worker.terminate();
  }
});
