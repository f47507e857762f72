// multiprocessing.synchronize's Condition and Event, on shared memory.
//
// Condition: its lock (Lock or RLock) plus
//   kCondState   sleepers << 16 | tokens, one word so one compare-and-swap moves
//                sleepers to tokens (notify) or takes a token (a woken sleeper)
//   kCondSeq     bumped by notify; sleepers wait on it
//   kCondAckSeq  bumped when a sleeper takes its token; the notifier waits on it
// A sleeper registers before releasing the lock, so a notify after that release
// always sees it. notify() returns only when the sleepers it woke have taken their
// tokens (CPython waits on its woken_count semaphore the same way), so a thread
// that calls wait() after the notify cannot steal a wake-up meant for an older one.
//
// Event: kEventFlag (0/1) and kEventSeq; set() stores the flag, bumps the sequence
// and wakes every waiter; wait() waits on the sequence until the flag is set.

import { isPy2 } from "../builtins/dialect.js";
import { expectCodec, kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { prewarmHub } from "../internal/hubClient.js";
import { fixDefaultContext } from "./startMethod.js";

import { AssertionError, AttributeError } from "../builtins/exceptions.js";
import { repr as pyRepr } from "../builtins/repr.js";
import { truthy } from "../builtins/truth.js";
import { kCondAckSeq, kCondSeq, kCondSlots, kCondState, kCondTokenBits, kEventFlag, kEventSeq, kEventSlots, kInt32 } from "../internal/symbols.js";
import { deadlineAfter, notifySeq, secondsUntil, waitFor, type Deadline } from "../internal/wait.js";
import { RLock, SemLockBase } from "./synchronize.js";
import { timeoutSeconds } from "./semlock.js";
import { getattr } from "../builtins/attributes.js";
import { className, registerLibraryClass, typeName } from "../builtins/types.js";
import { addressOf } from "../builtins/object.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

const kOneSleeper = 1 << kCondTokenBits;
const kTokenMask = kOneSleeper - 1;

function deadlineOf(timeout: unknown): Deadline {
  // Both waits end in SemLock.acquire(True, timeout) in CPython, hence its conversion.
  return timeout === undefined || timeout === null ? Infinity : deadlineAfter(timeoutSeconds(timeout));
}

export interface ConditionOptions {
  readonly lock?: unknown;
}

export class Condition {
  /** Python attributes, as on PyObject: a library member this class lacks raises AttributeError (internal/missingLibraryMembers.ts). */
  [name: string]: any;

  readonly _lock: SemLockBase;
  private readonly _view: Int32Array;

  constructor(options: ConditionOptions = {}, view?: Int32Array) {
    // CPython: `self._lock = lock or ctx.RLock()`, then reads its acquire and release.
    const lock = options.lock;
    if (truthy(lock) && !(lock instanceof SemLockBase)) {
      getattr(lock, "acquire");
      getattr(lock, "release");
    }
    this._lock = truthy(lock) ? (lock as SemLockBase) : new RLock();
    this._view = view ?? new Int32Array(new SharedArrayBuffer(kCondSlots * kInt32));
    fixDefaultContext();
    prewarmHub();
  }

  acquire(block?: unknown, timeout?: unknown): boolean {
    return this._lock.acquire(block, timeout);
  }

  release(): null {
    return this._lock.release();
  }

  __enter__(): boolean {
    return this._lock.__enter__();
  }

  __exit__(...args: unknown[]): null {
    return this._lock.__exit__(...args);
  }

  /** wait(timeout=None): True when notified, False on timeout (None in Python 2). */
  wait(timeout?: unknown): boolean | null {
    const semlock = this._lock._semlock;
    if (!semlock._is_mine()) throw new AssertionError("must acquire() condition before using wait()");
    const deadline = deadlineOf(timeout);
    Atomics.add(this._view, kCondState, kOneSleeper);
    const depth = semlock._releaseAll();
    let notified = false;
    try {
      notified = waitFor(this._view, kCondSeq, () => this._takeToken(), deadline) || this._giveUp();
    } catch (error) {
      this._giveUp();
      throw error;
    } finally {
      semlock._acquireRestore(depth);
    }
    return isPy2() ? null : notified;
  }

  private _takeToken(): boolean {
    const view = this._view;
    for (;;) {
      const state = Atomics.load(view, kCondState);
      if ((state & kTokenMask) === 0) return false;
      if (Atomics.compareExchange(view, kCondState, state, state - 1) === state) {
        notifySeq(view, kCondAckSeq);
        return true;
      }
    }
  }

  /** After a timeout: take a token that is there after all, or stop counting as a sleeper. */
  private _giveUp(): boolean {
    const view = this._view;
    for (;;) {
      const state = Atomics.load(view, kCondState);
      if ((state & kTokenMask) > 0) {
        if (this._takeToken()) return true;
        continue;
      }
      // Sleepers are anonymous: if none is left to unregister, a notify counted us
      // and another sleeper took the token, so there is nothing to undo.
      if (state < kOneSleeper) return false;
      if (Atomics.compareExchange(view, kCondState, state, state - kOneSleeper) === state) return false;
    }
  }

  /** Python 3.3's; Python 2.7's multiprocessing Condition has no wait_for (nor threading's camelCase notifyAll). */
  wait_for(predicate: () => unknown, timeout?: unknown): unknown {
    if (isPy2()) throw new AttributeError(`'${typeName(this)}' object has no attribute 'wait_for'`);
    let result = predicate();
    if (truthy(result)) return result;
    const deadline = deadlineOf(timeout);
    while (!truthy(result)) {
      if (deadline !== Infinity) {
        const remaining = secondsUntil(deadline);
        if (remaining <= 0) break;
        this.wait(remaining);
      } else {
        this.wait(null);
      }
      result = predicate();
    }
    return result;
  }

  notify(n: number = 1): null {
    if (!this._lock._semlock._is_mine()) throw new AssertionError("lock is not owned");
    const view = this._view;
    let woken: number;
    for (;;) {
      const state = Atomics.load(view, kCondState);
      woken = Math.min(n, state >>> kCondTokenBits);
      if (woken <= 0) return null;
      if (Atomics.compareExchange(view, kCondState, state, state - woken * kOneSleeper + woken) === state) break;
    }
    notifySeq(view, kCondSeq, woken);
    waitFor(view, kCondAckSeq, () => (Atomics.load(view, kCondState) & kTokenMask) === 0, Infinity);
    return null;
  }

  notify_all(): null {
    return this.notify(Infinity);
  }

  __repr__(): string {
    return `<Condition(${pyRepr(this._lock)}, ${Atomics.load(this._view, kCondState) >>> kCondTokenBits})>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [kShare](): ShareState {
    return { kind: "Condition", typeName: "Condition", buffers: [this._view.buffer as SharedArrayBuffer], state: this._lock };
  }
}

export class Event {
  /** Python attributes, as on PyObject: a library member this class lacks raises AttributeError (internal/missingLibraryMembers.ts). */
  [name: string]: any;

  private readonly _view: Int32Array;

  constructor(view?: Int32Array) {
    this._view = view ?? new Int32Array(new SharedArrayBuffer(kEventSlots * kInt32));
    fixDefaultContext();
    prewarmHub();
  }

  is_set(): boolean {
    return Atomics.load(this._view, kEventFlag) === 1;
  }

  set(): null {
    Atomics.store(this._view, kEventFlag, 1);
    notifySeq(this._view, kEventSeq);
    return null;
  }

  clear(): null {
    Atomics.store(this._view, kEventFlag, 0);
    return null;
  }

  /** wait(timeout=None): the flag on return (False after a timeout). */
  wait(timeout?: unknown): boolean {
    // A set event returns before CPython's Condition.wait sees the timeout.
    if (this.is_set()) return true;
    return waitFor(this._view, kEventSeq, () => this.is_set(), deadlineOf(timeout));
  }

  /** 3.11's `<Event at 0x... unset>`; before 3.11 (and in Python 2) object's default repr. */
  __repr__(): string {
    const cls = this.constructor as Function & { __module__: string };
    if (isPy2()) return `<${cls.__module__}.${className(cls)} object at ${addressOf(this)}>`;
    return `<${className(cls)} at ${addressOf(this)} ${this.is_set() ? "set" : "unset"}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  // Pickling an Event fails on its Condition first in CPython, hence the type name.
  [kShare](): ShareState {
    return { kind: "Event", typeName: "Condition", buffers: [this._view.buffer as SharedArrayBuffer], state: null };
  }
}

registerShareable("Condition", (buffers, lock) => {
  expectCodec(buffers[0]?.byteLength === kCondSlots * kInt32 && lock instanceof SemLockBase, "Condition handle");
  return new Condition({ lock }, new Int32Array(buffers[0]));
});

registerShareable("Event", (buffers) => {
  expectCodec(buffers[0]?.byteLength === kEventSlots * kInt32, "Event handle");
  return new Event(new Int32Array(buffers[0]));
});
registerLibraryClass(Condition, "multiprocessing.synchronize");
registerLibraryClass(Event, "multiprocessing.synchronize");
refuseMissingLibraryMembers(Condition, Event);
