// bench/ipc's floor: a bare two-thread round trip through shared memory, with no
// runtime above it, run as `node dist/bench/ipc/handoff.js <mode> <n>`. Mode
// "sleep": each side sleeps in Atomics.wait until the other's Atomics.notify (what
// a Pipe round trip costs when neither side spins); "spin": each side checks
// without sleeping (what it costs when both threads have a core). Prints the
// microseconds per round trip. handoff.py is CPython's counterpart (os.pipe).

import { Worker, isMainThread, workerData } from "node:worker_threads";

const kTurn = 0;
const kSleepers = 1;
const kDone = 3;

function waitTurn(cell: Int32Array, want: number, spin: boolean): void {
  for (;;) {
    const turn = Atomics.load(cell, kTurn);
    if (turn === want || turn === kDone) return;
    if (spin) continue;
    Atomics.add(cell, kSleepers, 1);
    Atomics.wait(cell, kTurn, turn);
    Atomics.sub(cell, kSleepers, 1);
  }
}

function pass(cell: Int32Array, to: number): void {
  Atomics.store(cell, kTurn, to);
  if (Atomics.load(cell, kSleepers) > 0) Atomics.notify(cell, kTurn);
}

if (isMainThread) {
  const mode = process.argv[2] ?? "sleep";
  const n = Number(process.argv[3] ?? 20000);
  const spin = mode === "spin";
  const cell = new Int32Array(new SharedArrayBuffer(2 * 4));
  const worker = new Worker(new URL(import.meta.url), { workerData: { cell, spin } });
  waitTurn(cell, 1, false);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    pass(cell, 2);
    waitTurn(cell, 1, spin);
  }
  const elapsed = performance.now() - start;
  pass(cell, kDone);
  await worker.terminate();
  process.stdout.write(`${((elapsed / n) * 1000).toFixed(2)}\n`);
} else {
  const { cell, spin } = workerData as { cell: Int32Array; spin: boolean };
  pass(cell, 1);
  for (;;) {
    waitTurn(cell, 2, spin);
    if (Atomics.load(cell, kTurn) === kDone) break;
    pass(cell, 1);
  }
}
