// What a script can see of CPython's queue feeder thread. Queue.put() in CPython
// only appends to a buffer; a feeder thread pickles the item and writes it to the
// pipe once it gets the GIL: when the putting thread blocks (sleep, join, a
// blocking get, a contended lock) or after the 5 ms switch interval. Until then
// the putting process's own empty() and get_nowait() do not see the item
// (measured on CPython 3.11: `q.put(i); q.empty()` is True in 190 of 200 runs,
// and `while not q.empty()` right after five puts gets nothing in 27 of 30).
//
// Here put() writes the record into shared memory at once (other processes see
// it immediately, as they would once the feeder runs) and tags it with this
// process's pid and feeder generation. The generation advances when this
// process blocks (a safe-point hook of the wait helper) or a blocking get runs;
// a record of the current generation less than 5 ms old is still "in the feeder"
// for this process's non-blocking reads.

import { registerProcessReset } from "../internal/forkState.js";
import { getPid } from "../internal/identity.js";
import { addSafePointHook } from "../internal/wait.js";

/** sys.getswitchinterval(): after this long the feeder gets the GIL from a busy thread. */
export const kSwitchIntervalMs = 5;

let generation = 1;
/** When the oldest unflushed put of this generation happened; -1: none. */
let unflushedSince = -1;
let removeHook: (() => void) | null = null;

registerProcessReset("multiprocessing.feeder", () => {
  removeHook?.();
  removeHook = null;
  generation = 1;
  unflushedSince = -1;
});

/** The generation a put now belongs to. */
export function feederGeneration(): number {
  return generation;
}

/** Called after a put: its record stays invisible here until this process blocks. */
export function noteUnflushedPut(): void {
  if (unflushedSince >= 0) return;
  unflushedSince = performance.now();
  removeHook = addSafePointHook(flushFeeders);
}

/** This process blocks: every feeder thread gets to write what it holds. */
export function flushFeeders(): void {
  if (unflushedSince < 0) return;
  generation++;
  unflushedSince = -1;
  removeHook?.();
  removeHook = null;
}

/** Whether this process's non-blocking reads may see a record written by `pid` in generation `gen`. */
export function visibleHere(pid: number, gen: number): boolean {
  if (unflushedSince < 0 || gen !== generation || pid !== getPid()) return true;
  if (performance.now() - unflushedSince < kSwitchIntervalMs) return false;
  flushFeeders();
  return true;
}

/** True while this process has puts its own reads cannot see yet. */
export function hasUnflushedPuts(): boolean {
  return unflushedSince >= 0;
}
