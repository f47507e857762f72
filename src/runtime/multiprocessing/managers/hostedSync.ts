// threading's Lock, RLock, Semaphore, BoundedSemaphore, Event and Condition as a
// manager's server holds them (SyncManager registers threading's classes). They
// live in the server's one thread, so a call that must wait parks (pending.ts)
// and is answered when a release, a set or a notify lets it go, or at its
// deadline. Owners are client connections, as in CPython, where the owner is the
// server thread serving the connection. Messages and reprs are threading's
// (3.11; Python 2.7's where they differ).

import { isPy2 } from "../../builtins/dialect.js";
import { RuntimeError, TypeError, ValueError } from "../../builtins/exceptions.js";
import { addressOf, PyObject } from "../../builtins/object.js";
import { repr } from "../../builtins/repr.js";
import { truthy } from "../../builtins/truth.js";
import { deadlineAfter, type Deadline } from "../../internal/wait.js";
import { secondsArgument } from "../../time/index.js";
import { currentCaller, park, type Caller, type Pending } from "./pending.js";
import { threadError } from "./errors.js";

/** A caller queued for a lock: `grant` runs when the lock is handed to it. */
interface LockWaiter {
  readonly caller: Caller;
  readonly grant: () => void;
}

/** What Condition needs of its lock (CPython's _release_save/_acquire_restore/_is_owned). */
export interface HostedLockLike {
  _tryAcquire(caller: Caller): boolean;
  /** Queues a waiter; returns the function that takes it off the queue. */
  _enqueue(waiter: LockWaiter): () => void;
  _releaseSave(caller: Caller): unknown;
  _acquireRestore(caller: Caller, state: unknown): void;
  _isOwned(caller: Caller): boolean;
}

/** The calling connection; the server's own code (no client) acts as connection 0. */
function caller(): Caller {
  return currentCaller() ?? { id: 0, name: "MainThread" };
}

/** Seconds -> deadline on the server's clock. */
function deadlineOf(seconds: number): Deadline {
  return deadlineAfter(seconds);
}

/** Runs `grant` for waiters in order while `take` lets the next one have what it waits for. */
function grantWaiters(waiters: LockWaiter[], take: (waiter: LockWaiter) => boolean): void {
  while (waiters.length > 0 && take(waiters[0]!)) waiters.shift()!.grant();
}

/** Parks the current caller in `waiters` until granted (-> true) or the deadline (-> false). */
function parkInQueue(waiters: LockWaiter[], deadline: Deadline): Pending {
  let remove = (): void => {};
  const pending = park(deadline, () => {
    remove();
    pending.resolve(false);
  });
  const waiter: LockWaiter = { caller: pending.caller, grant: () => pending.resolve(true) };
  waiters.push(waiter);
  remove = () => removeFrom(waiters, waiter);
  return pending;
}

export function removeFrom<T>(items: T[], item: T): void {
  const i = items.indexOf(item);
  if (i >= 0) items.splice(i, 1);
}

/** threading.Lock (3.x `_thread.lock`; 2.7 `thread.lock`): acquire(blocking=True, timeout=-1). */
export class HostedLock extends PyObject implements HostedLockLike {
  declare _locked: boolean;
  declare _waiters: LockWaiter[];

  override __init__(): any {
    this._locked = false;
    this._waiters = [];
    return null;
  }

  acquire(blocking: unknown = true, timeout: unknown = -1): boolean | Pending {
    const deadline = lockDeadline(blocking, timeout);
    if (this._tryAcquire(caller())) return true;
    if (deadline === null) return false;
    return parkInQueue(this._waiters, deadline);
  }

  release(): null {
    if (!this._locked) throw isPy2() ? threadError("release unlocked lock") : new RuntimeError("release unlocked lock");
    this._locked = false;
    // The first waiter takes the lock; the others go on waiting.
    grantWaiters(this._waiters, (waiter) => this._tryAcquire(waiter.caller));
    return null;
  }

  locked(): boolean {
    return this._locked;
  }

  _tryAcquire(_caller: Caller): boolean {
    if (this._locked) return false;
    this._locked = true;
    return true;
  }

  _enqueue(waiter: LockWaiter): () => void {
    this._waiters.push(waiter);
    return () => removeFrom(this._waiters, waiter);
  }

  _releaseSave(_caller: Caller): unknown {
    this.release();
    return null;
  }

  _acquireRestore(_caller: Caller, _state: unknown): void {}

  /** threading.Condition's test for a plain lock: held by anyone counts as owned. */
  _isOwned(_caller: Caller): boolean {
    return this._locked;
  }

  override __repr__(): any {
    if (isPy2()) return `<thread.lock object at ${addressOf(this)}>`;
    return `<${this._locked ? "locked" : "unlocked"} _thread.lock object at ${addressOf(this)}>`;
  }
}

/** threading.RLock: owned by one connection, re-entered by it. */
export class HostedRLock extends PyObject implements HostedLockLike {
  declare _owner: Caller | null;
  declare _count: number;
  declare _waiters: LockWaiter[];

  override __init__(): any {
    this._owner = null;
    this._count = 0;
    this._waiters = [];
    return null;
  }

  acquire(blocking: unknown = true, timeout: unknown = -1): boolean | Pending {
    const deadline = lockDeadline(blocking, timeout);
    const me = caller();
    if (this._tryAcquire(me)) return true;
    if (deadline === null) return false;
    let remove = (): void => {};
    const pending = park(deadline, () => {
      remove();
      pending.resolve(false);
    });
    remove = this._enqueue({ caller: me, grant: () => pending.resolve(true) });
    return pending;
  }

  release(): null {
    const me = caller();
    if (this._owner?.id !== me.id) throw new RuntimeError("cannot release un-acquired lock");
    this._count -= 1;
    if (this._count === 0) this._handOver();
    return null;
  }

  private _handOver(): void {
    this._owner = null;
    grantWaiters(this._waiters, (waiter) => this._tryAcquire(waiter.caller));
  }

  _tryAcquire(me: Caller): boolean {
    if (this._owner === null) {
      this._owner = me;
      this._count = 1;
      return true;
    }
    if (this._owner.id === me.id) {
      this._count += 1;
      return true;
    }
    return false;
  }

  _enqueue(waiter: LockWaiter): () => void {
    this._waiters.push(waiter);
    return () => removeFrom(this._waiters, waiter);
  }

  _releaseSave(me: Caller): unknown {
    if (this._owner?.id !== me.id) throw new RuntimeError("cannot release un-acquired lock");
    const count = this._count;
    this._count = 0;
    this._handOver();
    return count;
  }

  _acquireRestore(me: Caller, state: unknown): void {
    this._owner = me;
    this._count = state as number;
  }

  _isOwned(me: Caller): boolean {
    return this._owner?.id === me.id;
  }

  override __repr__(): any {
    if (isPy2()) return `<_RLock owner=${this._owner === null ? "None" : repr(this._owner.name)} count=${this._count}>`;
    const owner = this._owner === null ? 0 : threadIdent(this._owner);
    return `<${this._owner === null ? "unlocked" : "locked"} _thread.RLock object owner=${owner} count=${this._count} at ${addressOf(this)}>`;
  }
}

/** What 3.x shows as the owner of an RLock: the ident of the server thread serving the connection. */
function threadIdent(owner: Caller): number {
  return 140000000000000 + owner.id * 8392704;
}

/** Lock/RLock acquire's arguments: the deadline, or null for a non-blocking try. */
function lockDeadline(blocking: unknown, timeout: unknown): Deadline | null {
  const block = truthy(blocking);
  if (isPy2()) return block ? Infinity : null;
  const seconds = timeout === -1 ? -1 : secondsArgument(timeout);
  if (!block) {
    if (seconds !== -1) throw new ValueError("can't specify a timeout for a non-blocking call");
    return null;
  }
  if (seconds < 0 && seconds !== -1) throw new ValueError("timeout value must be positive");
  return seconds === -1 ? Infinity : deadlineOf(seconds);
}

/** threading.Semaphore(value=1). */
export class HostedSemaphore extends PyObject {
  declare _value: number;
  declare _waiters: LockWaiter[];

  override __init__(value: unknown = 1): any {
    const n = value as number;
    if (n < 0) throw new ValueError("semaphore initial value must be >= 0");
    this._value = n;
    this._waiters = [];
    return null;
  }

  acquire(blocking: unknown = true, timeout: unknown = null): boolean | Pending {
    const block = truthy(blocking);
    if (!block && timeout !== null && timeout !== undefined) throw new ValueError("can't specify timeout for non-blocking acquire");
    if (this._value > 0 && this._waiters.length === 0) {
      this._value -= 1;
      return true;
    }
    if (!block) return false;
    const deadline = timeout === null || timeout === undefined ? Infinity : deadlineOf(secondsArgument(timeout));
    return parkInQueue(this._waiters, deadline);
  }

  release(n: unknown = 1): null {
    const count = n as number;
    if (count < 1) throw new ValueError("n must be one or more");
    this._value += count;
    grantWaiters(this._waiters, () => {
      if (this._value <= 0) return false;
      this._value -= 1;
      return true;
    });
    return null;
  }

  override __repr__(): any {
    if (isPy2()) return `<threading._Semaphore object at ${addressOf(this)}>`;
    return `<threading.Semaphore at ${addressOf(this)}: value=${this._value}>`;
  }
}

/** threading.BoundedSemaphore(value=1): release beyond the initial value is a ValueError. */
export class HostedBoundedSemaphore extends HostedSemaphore {
  declare _initial: number;

  override __init__(value: unknown = 1): any {
    super.__init__(value);
    this._initial = value as number;
    return null;
  }

  override release(n: unknown = 1): null {
    const count = n as number;
    if (count < 1) throw new ValueError("n must be one or more");
    if (this._value + count > this._initial) throw new ValueError("Semaphore released too many times");
    return super.release(n);
  }

  override __repr__(): any {
    if (isPy2()) return `<threading._BoundedSemaphore object at ${addressOf(this)}>`;
    return `<threading.BoundedSemaphore at ${addressOf(this)}: value=${this._value}/${this._initial}>`;
  }
}

/** threading.Event. */
export class HostedEvent extends PyObject {
  declare _flag: boolean;
  declare _waiters: Pending[];

  override __init__(): any {
    this._flag = false;
    this._waiters = [];
    return null;
  }

  is_set(): boolean {
    return this._flag;
  }

  /** Python 2.7's spelling. */
  isSet(): boolean {
    return this._flag;
  }

  set(): null {
    this._flag = true;
    for (const waiter of this._waiters.splice(0)) waiter.resolve(true);
    return null;
  }

  clear(): null {
    this._flag = false;
    return null;
  }

  wait(timeout: unknown = null): boolean | Pending {
    if (this._flag) return true;
    const seconds = timeout === null || timeout === undefined ? null : secondsArgument(timeout);
    if (seconds !== null && seconds <= 0) return false;
    const pending = park(seconds === null ? Infinity : deadlineOf(seconds), () => {
      removeFrom(this._waiters, pending);
      pending.resolve(false);
    });
    this._waiters.push(pending);
    return pending;
  }

  override __repr__(): any {
    if (isPy2()) return `<threading._Event object at ${addressOf(this)}>`;
    return `<threading.Event at ${addressOf(this)}: ${this._flag ? "set" : "unset"}>`;
  }
}

/** threading.Condition(lock=None): the lock is an RLock of the server unless one is given. */
export class HostedCondition extends PyObject {
  declare _lock: HostedLockLike & PyObject;
  declare _waiters: Array<{ readonly caller: Caller; readonly wake: () => void }>;

  override __init__(lock: unknown = null): any {
    if (lock !== null && lock !== undefined && !isHostedLock(lock)) {
      throw new TypeError("Condition() needs a Lock or RLock of the same manager");
    }
    this._lock = (lock as (HostedLockLike & PyObject) | null) ?? new HostedRLock();
    this._waiters = [];
    return null;
  }

  acquire(blocking: unknown = true, timeout: unknown = -1): unknown {
    return (this._lock as unknown as HostedLock).acquire(blocking, timeout);
  }

  release(): null {
    return (this._lock as unknown as HostedLock).release();
  }

  /** wait(timeout=None): True when notified, False at the timeout (None in Python 2); the lock is re-taken either way. */
  wait(timeout: unknown = null): boolean | null | Pending {
    const me = caller();
    if (!this._lock._isOwned(me)) throw new RuntimeError("cannot wait on un-acquired lock");
    const seconds = timeout === null || timeout === undefined ? null : secondsArgument(timeout);
    const saved = this._lock._releaseSave(me);
    let notified = false;
    // Once woken (or timed out), the waiter queues for the lock; the reply waits for it.
    const reacquire = (): void => {
      const answer = isPy2() ? null : notified;
      if (this._lock._tryAcquire(me)) {
        this._lock._acquireRestore(me, saved);
        pending.resolve(answer);
        return;
      }
      this._lock._enqueue({
        caller: me,
        grant: () => {
          this._lock._acquireRestore(me, saved);
          pending.resolve(answer);
        },
      });
    };
    const entry = {
      caller: me,
      wake: () => {
        notified = true;
        reacquire();
      },
    };
    const pending = park(seconds === null ? Infinity : deadlineOf(Math.max(0, seconds)), () => {
      removeFrom(this._waiters, entry);
      reacquire();
    });
    this._waiters.push(entry);
    return pending;
  }

  notify(n: unknown = 1): null {
    if (!this._lock._isOwned(caller())) throw new RuntimeError("cannot notify on un-acquired lock");
    for (const entry of this._waiters.splice(0, n as number)) entry.wake();
    return null;
  }

  notify_all(): null {
    return this.notify(this._waiters.length);
  }

  /** Python 2.7's spelling. */
  notifyAll(): null {
    return this.notify_all();
  }

  override __repr__(): any {
    return `<Condition(${repr(this._lock)}, ${this._waiters.length})>`;
  }
}

export function isHostedLock(value: unknown): value is HostedLockLike & PyObject {
  return value instanceof HostedLock || value instanceof HostedRLock;
}
