// multiprocessing.util: the exit function every process runs when it ends (the
// main process from runModule's exit hooks, a child at the end of _bootstrap), and
// the finalizer registry other parts of multiprocessing (Pool, Queue) use, as in
// CPython: finalizers with priority >= 0 run first, then daemonic children are
// terminated and every child is joined, then the remaining finalizers run.

import { registerProcessReset } from "../internal/forkState.js";

interface Finalizer {
  readonly callback: () => void;
  readonly priority: number;
  readonly order: number;
}

let finalizers: Finalizer[] = [];
let order = 0;
let exiting = false;

registerProcessReset("multiprocessing.util", () => {
  finalizers = [];
  order = 0;
  exiting = false;
});

/** Registers `callback` to run at process exit; higher priority first, later registrations first within a priority. */
export function addFinalizer(callback: () => void, priority = 0): () => void {
  const finalizer = { callback, priority, order: order++ };
  finalizers.push(finalizer);
  return () => {
    finalizers = finalizers.filter((f) => f !== finalizer);
  };
}

function runFinalizers(minPriority: number | null): void {
  const due = finalizers
    .filter((f) => minPriority === null || f.priority >= minPriority)
    .sort((a, b) => b.priority - a.priority || b.order - a.order);
  finalizers = finalizers.filter((f) => !due.includes(f));
  for (const f of due) f.callback();
}

export interface ChildProcess {
  readonly daemon: boolean;
  /** Terminates without the checks of Process.terminate (CPython calls _popen.terminate()). */
  _terminateForExit(): void;
  join(timeout?: number | null): void;
}

/** CPython's util._exit_function; `activeChildren` is process.active_children. */
export function exitFunction(activeChildren: () => Iterable<ChildProcess>): void {
  if (exiting) return;
  exiting = true;
  runFinalizers(0);
  for (const child of activeChildren()) if (child.daemon) child._terminateForExit();
  for (const child of activeChildren()) child.join();
  runFinalizers(null);
}
