// The semaphore under Lock, RLock, Semaphore and BoundedSemaphore (CPython's
// _multiprocessing.SemLock, semaphore.c), on shared memory:
//
//   kSemValue    the count; acquire decrements it with compare-and-swap
//   kSemSeq      sequence counter: acquirers that find the count at 0 wait on it
//   kSemWaiters  how many acquirers are blocked; release notifies only if > 0
//   kSemMaxValue, kSemKind   fixed at creation
//
// Waiters: any thread in acquire(). Notifiers: release(), which bumps kSemSeq and
// wakes one waiter. As in CPython, `count` and `lastTid` are per process (per
// object): they say whether *this* process's thread holds it (RLock recursion,
// Condition.wait, reprs), and are not shared.

import { expectCodec } from "../internal/codecRegistry.js";
import { currentThreadIdent } from "../internal/identity.js";
import { AssertionError, OSError, ValueError } from "../internal/pyErrors.js";
import { truthy } from "../internal/pyValues.js";
import { kInt32, kRecursiveMutex, kSemaphore, kSemKind, kSemMaxValue, kSemSeq, kSemSlots, kSemValue, kSemWaiters } from "../internal/symbols.js";
import { secondsArgument } from "../time/index.js";
import { deadlineAfter, waitFor, type Deadline } from "../internal/wait.js";

export { kRecursiveMutex, kSemaphore };

/** CPython's SEM_VALUE_MAX on Linux: an unbounded Semaphore's maxvalue. */
export const SEM_VALUE_MAX = 2147483647;

/** Spins of try-acquire before blocking: a lock held for a moment is cheaper to spin for than to sleep on. */
const kSpins = 64;

export class SemLock {
  readonly view: Int32Array;
  /** Acquisitions by this process not yet released here (recursion depth for an RLock). */
  private _held = 0;
  /** Thread ident of this process's last acquirer. */
  private _lastTid = -1;

  private constructor(buffer: SharedArrayBuffer) {
    this.view = new Int32Array(buffer);
  }

  static create(kind: number, value: number, maxvalue: number): SemLock {
    if (value < 0 || value > SEM_VALUE_MAX) throw new OSError(22, "Invalid argument");
    const lock = new SemLock(new SharedArrayBuffer(kSemSlots * kInt32));
    lock.view[kSemValue] = value;
    lock.view[kSemMaxValue] = maxvalue;
    lock.view[kSemKind] = kind;
    return lock;
  }

  /** The same semaphore in another process (this process holds none of it yet). */
  static fromBuffer(buffer: SharedArrayBuffer | undefined): SemLock {
    expectCodec(buffer !== undefined && buffer.byteLength === kSemSlots * kInt32, "SemLock handle");
    const lock = new SemLock(buffer);
    const kind = lock.view[kSemKind];
    expectCodec(kind === kRecursiveMutex || kind === kSemaphore, "SemLock kind");
    return lock;
  }

  get kind(): number {
    return this.view[kSemKind]!;
  }

  get maxvalue(): number {
    return this.view[kSemMaxValue]!;
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
    for (;;) {
      const value = Atomics.load(view, kSemValue);
      if (value <= 0) return false;
      if (Atomics.compareExchange(view, kSemValue, value, value - 1) === value) return true;
    }
  }

  /** acquire(block=True, timeout=None): True once acquired, False if it timed out. */
  acquire(block?: unknown, timeout?: unknown): boolean {
    if (this.kind === kRecursiveMutex && this._is_mine()) {
      this._held++;
      return true;
    }
    const blocking = block === undefined ? true : truthy(block);
    let deadline: Deadline = 0;
    if (blocking) deadline = timeout === undefined || timeout === null ? Infinity : deadlineAfter(secondsArgument(timeout));
    if (!this._acquireUntil(deadline)) return false;
    this._held++;
    this._lastTid = currentThreadIdent();
    return true;
  }

  private _acquireUntil(deadline: Deadline): boolean {
    if (this._tryAcquire()) return true;
    if (deadline === 0) return false;
    for (let i = 0; i < kSpins; i++) if (this._tryAcquire()) return true;
    const view = this.view;
    Atomics.add(view, kSemWaiters, 1);
    try {
      return waitFor(view, kSemSeq, () => this._tryAcquire(), deadline);
    } finally {
      Atomics.sub(view, kSemWaiters, 1);
    }
  }

  release(): void {
    if (this.kind === kRecursiveMutex) {
      if (!this._is_mine()) throw new AssertionError("attempt to release recursive lock not owned by thread");
      if (this._held > 1) {
        this._held--;
        return;
      }
    }
    const view = this.view;
    for (;;) {
      const value = Atomics.load(view, kSemValue);
      if (value >= this.maxvalue) throw new ValueError("semaphore or lock released too many times");
      if (Atomics.compareExchange(view, kSemValue, value, value + 1) === value) break;
    }
    this._held--;
    if (Atomics.load(view, kSemWaiters) > 0) {
      Atomics.add(view, kSemSeq, 1);
      Atomics.notify(view, kSemSeq, 1);
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
