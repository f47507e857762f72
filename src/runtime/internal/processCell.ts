// The process cell: a few Int32 slots in shared memory per started Process
// (layout: symbols.ts kCell*). The parent waits on kCellState in join(); the
// exit code is published exactly once, by whichever comes first: the child itself
// when its run() has finished, or the hub when the worker thread exits (terminate,
// kill, a crash). Both go through publishExit, whose compare-and-swap decides.

import { kCellExitCode, kCellPid, kCellSlots, kCellState, kInt32, kProcessPublishing, kProcessRunning, kProcessStopped } from "./symbols.js";
import { waitFor, type Deadline } from "./wait.js";

export function createCell(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(kCellSlots * kInt32));
}

/** Publishes the exit code unless someone already did; wakes every joiner. */
export function publishExit(cell: Int32Array, exitCode: number): boolean {
  if (Atomics.compareExchange(cell, kCellState, kProcessRunning, kProcessPublishing) !== kProcessRunning) return false;
  Atomics.store(cell, kCellExitCode, exitCode);
  Atomics.store(cell, kCellState, kProcessStopped);
  Atomics.notify(cell, kCellState);
  return true;
}

/** The exit code, or null while the process runs (Popen.poll). */
export function pollExit(cell: Int32Array): number | null {
  return Atomics.load(cell, kCellState) === kProcessStopped ? Atomics.load(cell, kCellExitCode) : null;
}

/** Waits for the exit until the deadline; the exit code or null (Popen.wait). */
export function waitExit(cell: Int32Array, deadline: Deadline): number | null {
  waitFor(cell, kCellState, () => Atomics.load(cell, kCellState) === kProcessStopped, deadline);
  return pollExit(cell);
}

export function cellPid(cell: Int32Array): number {
  return Atomics.load(cell, kCellPid);
}
