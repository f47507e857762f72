// The one blocking wait of the runtime. Every primitive that blocks (locks,
// semaphores, events, conditions, join, time.sleep, hub requests) waits here, on a
// sequence counter in shared memory, until its condition holds or an absolute
// deadline passes. It also runs this process's safe-point hooks (Pool result and
// callback processing) while the process is blocked.
//
// The protocol every primitive follows:
//   waiter:   seen = load(seq); if (ready()) done; else Atomics.wait(seq, seen)
//   notifier: change the state; add(seq, 1); notify(seq)
// Reading `seq` before checking the condition means a notify that lands between
// the check and the wait changes `seq`, so Atomics.wait returns at once: no lost
// wake-up. Spurious wake-ups are harmless because the condition is re-checked.

/** An absolute time on this thread's `performance.now()` clock, in ms; Infinity means never. */
export type Deadline = number;

/** The deadline `seconds` from now; null (Python's None) means no deadline. Negative counts as 0, like CPython. */
export function deadlineAfter(seconds: number | null): Deadline {
  if (seconds === null) return Infinity;
  return performance.now() + Math.max(0, seconds) * 1000;
}

/** Seconds left until a deadline (0 when passed, Infinity for none). */
export function secondsUntil(deadline: Deadline): number {
  return deadline === Infinity ? Infinity : Math.max(0, (deadline - performance.now()) / 1000);
}

/** While a hook is registered, waits wake at least this often (ms) to run hooks. */
export const HOOK_SLICE_MS = 2;

const hooks = new Set<() => void>();
/** True while hooks run: a hook that blocks must not run the hooks again (no re-entrancy). */
let runningHooks = false;

/** A reused worker starts its next process with no hooks (forkState.ts). */
export function clearSafePointHooks(): void {
  hooks.clear();
  runningHooks = false;
  lastClockSafePoint = -Infinity;
}

/**
 * Registers a function that runs whenever this process is blocked in a wait (and
 * at least every HOOK_SLICE_MS while it stays blocked). Returns the remover.
 */
export function addSafePointHook(hook: () => void): () => void {
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}

/** Runs the safe-point hooks now (also called by code that reaches a safe point without blocking, e.g. Pool.join). */
export function runSafePointHooks(): void {
  if (runningHooks || hooks.size === 0) return;
  runningHooks = true;
  try {
    for (const hook of [...hooks]) hook();
  } finally {
    runningHooks = false;
  }
}

let lastClockSafePoint = -Infinity;

/**
 * A clock read (time.time(), perf_counter(), ...) is also a safe point, at most every
 * HOOK_SLICE_MS: a loop busy-waiting on the clock never blocks, yet CPython's helper
 * threads (Pool's result handler running callbacks, a Queue's feeder) get the GIL
 * during it, so a callback prints while the loop spins, not after it.
 */
export function clockReadSafePoint(): void {
  if (hooks.size === 0 || runningHooks) return;
  const now = performance.now();
  if (now - lastClockSafePoint < HOOK_SLICE_MS) return;
  lastClockSafePoint = now;
  runSafePointHooks();
}

export interface WaitOptions {
  /** Run safe-point hooks while blocked (default true; hub requests turn it off). */
  readonly hooks?: boolean;
  /**
   * A slot of `seq`'s array counting the threads asleep in Atomics.wait, so a
   * notifier can skip the notify system call when none sleeps (the seq bump alone
   * wakes a waiter that is about to sleep: its Atomics.wait sees the new value).
   */
  readonly sleepers?: number;
}

/**
 * Blocks until `ready()` returns true (→ true) or `deadline` passes (→ false).
 * `ready` is always checked at least once, so a zero deadline is a poll. `seq` is
 * the sequence counter the notifiers of this condition bump.
 */
export function waitFor(seq: Int32Array, index: number, ready: () => boolean, deadline: Deadline, options?: WaitOptions): boolean {
  const withHooks = options?.hooks !== false;
  for (;;) {
    const seen = Atomics.load(seq, index);
    if (ready()) return true;
    const now = performance.now();
    if (now >= deadline) return false;
    let slice = deadline - now;
    if (withHooks && hooks.size > 0 && !runningHooks) {
      runSafePointHooks();
      // A hook may have made progress possible (or taken time): re-check first.
      if (Atomics.load(seq, index) !== seen) continue;
      slice = Math.min(slice, HOOK_SLICE_MS);
    }
    const sleepers = options?.sleepers;
    if (sleepers === undefined) {
      Atomics.wait(seq, index, seen, slice === Infinity ? undefined : slice);
    } else {
      Atomics.add(seq, sleepers, 1);
      Atomics.wait(seq, index, seen, slice === Infinity ? undefined : slice);
      Atomics.sub(seq, sleepers, 1);
    }
  }
}

/** A private cell nobody notifies: sleeping is waiting on it until the deadline. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the calling thread (only) until the deadline, running safe-point hooks meanwhile. */
export function sleepUntil(deadline: Deadline): void {
  waitFor(sleepCell, 0, () => false, deadline);
}

/** Bumps a sequence counter and wakes up to `count` waiters (all by default). */
export function notifySeq(seq: Int32Array, index: number, count = Infinity): void {
  Atomics.add(seq, index, 1);
  Atomics.notify(seq, index, count);
}
