// The semaphore under Lock, RLock, Semaphore and BoundedSemaphore (CPython's
// _multiprocessing.SemLock, semaphore.c), on shared memory:
//
//   kSemValue    the count; acquire decrements it with compare-and-swap
//   kSemSeq      sequence counter: acquirers that find the count at 0 wait on it
//   kSemWaiters  acquirers in the slow path; release bumps kSemSeq only if > 0
//   kSemSleepers acquirers asleep in Atomics.wait; release makes the notify system
//                call only if > 0 (a waiter awake between two tries needs none)
//   kSemMaxValue, kSemKind   fixed at creation
//
// Waiters: any thread in acquire(). Notifiers: release(), which bumps kSemSeq and
// wakes one sleeper. Why the sleeper count matters: under contention the waiter
// is usually awake and retrying; notifying it anyway costs the releaser a system
// call per release (measured: 27,000 needless notifies in 100,000 releases). As in CPython, `count` and `lastTid` are per process (per
// object): they say whether *this* process's thread holds it (RLock recursion,
// Condition.wait, reprs), and are not shared.

import { expectCodec } from "../internal/codecRegistry.js";
import { currentThreadIdent } from "../internal/identity.js";
import { isPy2 } from "../builtins/dialect.js";
import { AssertionError, TypeError, ValueError } from "../builtins/exceptions.js";
import { floatValue, PyFloat } from "../builtins/float.js";
import { PyLong } from "../builtins/long.js";
import { addressOf } from "../builtins/object.js";
import { typeName } from "../builtins/types.js";
import { OSError } from "../builtins/osErrors.js";
import { truthy } from "../builtins/truth.js";
import { kInt32, kRecursiveMutex, kSemaphore, kSemKind, kSemMaxValue, kSemSeq, kSemSleepers, kSemSlots, kSemValue, kSemWaiters } from "../internal/symbols.js";
import { deadlineAfter, waitFor, type Deadline } from "../internal/wait.js";

export { kRecursiveMutex, kSemaphore };

/** CPython's SEM_VALUE_MAX on Linux: an unbounded Semaphore's maxvalue. */
export const SEM_VALUE_MAX = 2147483647;

/** A timeout in seconds, converted as SemLock.acquire's PyFloat_AsDouble does (CPython's TypeError otherwise). */
export function timeoutSeconds(timeout: unknown): number {
  if (typeof timeout === "number" || typeof timeout === "boolean" || typeof timeout === "bigint" || timeout instanceof PyFloat) return floatValue(timeout);
  if (timeout instanceof PyLong) return Number(timeout.value);
  throw new TypeError(isPy2() ? "a float is required" : `must be real number, not ${typeName(timeout)}`);
}

/** An int argument of SemLock (acquire's block, a semaphore's value), as the C argument parser takes it. */
export function semlockInt(value: unknown): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof PyLong) return Number(value.value);
  const isFloat = typeof value === "number" || value instanceof PyFloat;
  if (isPy2()) throw new TypeError(isFloat ? "integer argument expected, got float" : "an integer is required");
  throw new TypeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
}

/** Spins of try-acquire before blocking: a lock held for a moment is cheaper to spin for than to sleep on. */
const kSpins = 64;

export class SemLock {
  readonly view: Int32Array;
  /** Fixed at creation; kept here so the hot paths never read them from shared memory. */
  readonly kind: number;
  readonly maxvalue: number;
  private readonly _recursive: boolean;
  /** Acquisitions by this process not yet released here (recursion depth for an RLock). */
  private _held = 0;
  /** Thread ident of this process's last acquirer. */
  private _lastTid = -1;

  private constructor(buffer: SharedArrayBuffer) {
    this.view = new Int32Array(buffer);
    this.kind = this.view[kSemKind]!;
    this.maxvalue = this.view[kSemMaxValue]!;
    this._recursive = this.kind === kRecursiveMutex;
  }

  /** A semlock's own repr (`lock._semlock`): the C type's default. */
  __repr__(): string {
    return `<_multiprocessing.SemLock object at ${addressOf(this)}>`;
  }

  static create(kind: number, value: number, maxvalue: number): SemLock {
    if (value < 0 || value > SEM_VALUE_MAX) throw new OSError(22, "Invalid argument");
    const view = new Int32Array(new SharedArrayBuffer(kSemSlots * kInt32));
    view[kSemValue] = value;
    view[kSemMaxValue] = maxvalue;
    view[kSemKind] = kind;
    return new SemLock(view.buffer as SharedArrayBuffer);
  }

  /** The same semaphore in another process (this process holds none of it yet). */
  static fromBuffer(buffer: SharedArrayBuffer | undefined): SemLock {
    expectCodec(buffer !== undefined && buffer.byteLength === kSemSlots * kInt32, "SemLock handle");
    const lock = new SemLock(buffer);
    expectCodec(lock.kind === kRecursiveMutex || lock.kind === kSemaphore, "SemLock kind");
    expectCodec(lock.maxvalue >= 1, "SemLock maxvalue");
    return lock;
  }

  get buffer(): SharedArrayBuffer {
    return this.view.buffer as SharedArrayBuffer;
  }

  _is_mine(): boolean {
    return this._held > 0 && this._lastTid === currentThreadIdent();
  }

  _count(): number {
    return this._held;
  }

  _get_value(): number {
    return Atomics.load(this.view, kSemValue);
  }

  _is_zero(): boolean {
    return this._get_value() === 0;
  }

  private _tryAcquire(): boolean {
    const view = this.view;
    // A lock is 1 (free) or 0 (held): one compare-and-swap decides.
    if (this.maxvalue === 1) return Atomics.compareExchange(view, kSemValue, 1, 0) === 1;
    for (;;) {
      const value = Atomics.load(view, kSemValue);
      if (value <= 0) return false;
      if (Atomics.compareExchange(view, kSemValue, value, value - 1) === value) return true;
    }
  }

  /** acquire(block=True, timeout=None): True once acquired, False if it timed out. */
  acquire(block?: unknown, timeout?: unknown): boolean {
    // CPython parses `block` as an int on every call, and the timeout unless an
    // RLock's owner re-enters; a bad one is a TypeError even when the lock is free.
    if (block !== undefined && typeof block !== "boolean") semlockInt(block);
    const tid = currentThreadIdent();
    if (this._recursive && this._held > 0 && this._lastTid === tid) {
      this._held++;
      return true;
    }
    if (timeout !== undefined && timeout !== null && typeof timeout !== "number") timeoutSeconds(timeout);
    if (!this._tryAcquire()) {
      // Only a lock that is taken needs the arguments: block=False or a timeout.
      const blocking = block === undefined ? true : truthy(block);
      if (!blocking) return false;
      const deadline = timeout === undefined || timeout === null ? Infinity : deadlineAfter(timeoutSeconds(timeout));
      if (!this._acquireSlow(deadline)) return false;
    }
    this._held++;
    this._lastTid = tid;
    return true;
  }

  private _acquireSlow(deadline: Deadline): boolean {
    for (let i = 0; i < kSpins; i++) if (this._tryAcquire()) return true;
    const view = this.view;
    Atomics.add(view, kSemWaiters, 1);
    try {
      return waitFor(view, kSemSeq, () => this._tryAcquire(), deadline, { sleepers: kSemSleepers });
    } finally {
      Atomics.sub(view, kSemWaiters, 1);
    }
  }

  release(): void {
    if (this._recursive) {
      if (!this._is_mine()) throw new AssertionError("attempt to release recursive lock not owned by thread");
      if (this._held > 1) {
        this._held--;
        return;
      }
    }
    const view = this.view;
    if (this.maxvalue === 1) {
      if (Atomics.compareExchange(view, kSemValue, 0, 1) !== 0) throw new ValueError("semaphore or lock released too many times");
    } else {
      for (;;) {
        const value = Atomics.load(view, kSemValue);
        if (value >= this.maxvalue) throw new ValueError("semaphore or lock released too many times");
        if (Atomics.compareExchange(view, kSemValue, value, value + 1) === value) break;
      }
    }
    this._held--;
    if (Atomics.load(view, kSemWaiters) > 0) {
      Atomics.add(view, kSemSeq, 1);
      if (Atomics.load(view, kSemSleepers) > 0) Atomics.notify(view, kSemSeq, 1);
    }
  }

  /** Releases an RLock fully (Condition.wait); returns the depth to restore. */
  _releaseAll(): number {
    const depth = this._held;
    if (this.kind === kRecursiveMutex) this._held = 1;
    this.release();
    return depth;
  }

  /** Re-acquires after Condition.wait, restoring the recursion depth. */
  _acquireRestore(depth: number): void {
    this.acquire(true, null);
    if (this.kind === kRecursiveMutex) this._held = depth;
  }
}
