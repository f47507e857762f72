// What Pool's asynchronous methods return (CPython's multiprocessing/pool.py):
// ApplyResult (alias AsyncResult), MapResult, IMapIterator, IMapUnorderedIterator.
// Results arrive in the owner's pool; _set runs when the pool delivers them, at
// the owner's safe points (DESIGN.md §2: CPython's result-handler thread does it):
// callbacks run there, before the result reads as ready, in completion order.

import { isPy2 } from "../builtins/dialect.js";
import { defineMethod } from "../builtins/call.js";
import { AssertionError, NotImplementedError, raisedHere, StopIteration, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { PyObject } from "../builtins/object.js";
import { PyTuple } from "../builtins/tuple.js";
import { repr } from "../builtins/repr.js";
import { expectCodec, kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { registerProcessReset } from "../internal/forkState.js";
import { deadlineAfter } from "../internal/wait.js";
import { TimeoutError } from "./errors.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

/** The pool side a result talks to. */
export interface ResultHost {
  readonly _cache: Map<number, PoolResult>;
  /** A safe point: results in, callbacks run (ready() and friends are one). */
  _safePoint(): void;
  /** Blocks, running safe points, until `ready()` or the deadline (performance.now() ms). */
  _waitUntil(ready: () => boolean, deadline: number): boolean;
}

/** What the pool calls when a task's result (or a chunk's) is delivered. */
export interface PoolResult {
  _set(index: number, success: boolean, value: unknown): void;
}

let jobCounter = 0;
registerProcessReset("multiprocessing.pool.jobs", () => (jobCounter = 0));

/** CPython's job_counter: one count per process, shared by every pool. */
function nextJob(): number {
  return jobCounter++;
}

function seconds(timeout: unknown): number | null {
  return timeout === null || timeout === undefined ? null : Number(timeout);
}

type Callback = ((value: unknown) => unknown) | null;

/** multiprocessing.pool.ApplyResult (AsyncResult). */
export class ApplyResult extends PyObject implements PoolResult {
  declare _job: number;
  declare _pool: ResultHost | null;
  declare _cache: Map<number, PoolResult>;
  declare _callback: Callback;
  declare _error_callback: Callback;
  declare _ready: boolean;
  declare _success: boolean;
  declare _value: unknown;

  static override get __module__(): string {
    return "multiprocessing.pool";
  }

  override __init__(pool: ResultHost, callback: Callback = null, errorCallback: Callback = null): any {
    this._pool = pool;
    this._job = nextJob();
    this._cache = pool._cache;
    this._callback = callback ?? null;
    this._error_callback = errorCallback ?? null;
    this._ready = false;
    this._cache.set(this._job, this);
    return null;
  }

  ready(): boolean {
    this._pool?._safePoint();
    return this._ready;
  }

  successful(): boolean {
    if (!this.ready()) {
      if (isPy2()) throw new AssertionError();
      throw new ValueError(`${repr(this)} not ready`);
    }
    return this._success;
  }

  wait(timeout: unknown = null): void {
    if (this._ready) return;
    if (this._pool === null) throw inheritedResult();
    this._pool._waitUntil(() => this._ready, deadlineAfter(seconds(timeout)));
  }

  /**
   * get(timeout=None). The lowering binds `r.get(timeout=5)` by Queue.get's
   * signature (block, timeout) when it cannot tell the receiver's type, so a
   * second argument after an omitted first one is the timeout too.
   */
  get(timeout?: unknown, queueTimeout?: unknown): any {
    if (queueTimeout !== undefined) {
      if (timeout !== undefined) throw new TypeError(isPy2() ? "get() takes at most 2 arguments (3 given)" : "ApplyResult.get() takes from 1 to 2 positional arguments but 3 were given");
      timeout = queueTimeout;
    }
    this.wait(timeout ?? null);
    if (!this._ready) throw new TimeoutError();
    if (this._success) return this._value;
    // CPython's `raise self._value`: the traceback starts at this get().
    throw raisedHere(this._value);
  }

  _set(_index: number, success: boolean, value: unknown): void {
    this._success = success;
    this._value = value;
    if (this._callback !== null && success) this._callback(value);
    if (this._error_callback !== null && !success) this._error_callback(value);
    this._done();
  }

  /**
   * A forked child inherits a copy (a finished result keeps its value); pickling
   * refuses as CPython's does (its pool, or once finished its lock, cannot be pickled).
   */
  [kShare](): ShareState {
    const state = this._ready ? PyTuple.of(this._success, this._value) : null;
    const refuse = (): Error =>
      this._ready ? new TypeError("cannot pickle '_thread.lock' object") : new NotImplementedError("pool objects cannot be passed between processes or pickled");
    return { kind: "ApplyResult", typeName: "ApplyResult", buffers: [], state, refuse };
  }

  /** Ready, and out of the pool's cache (CPython: event set, `del cache[job]`). */
  protected _done(): void {
    this._ready = true;
    this._cache.delete(this._job);
    this._pool = null;
  }
}

/** multiprocessing.pool.MapResult: the chunks of map_async/starmap_async. */
export class MapResult extends ApplyResult {
  declare _chunksize: number;
  declare _number_left: number;
  /** Chunks already set (a chunk set twice, after a worker died at the wrong moment, counts once). */
  declare _seen: Set<number>;

  override __init__(pool: ResultHost, chunksize: any, length?: any, callback: Callback = null, errorCallback: Callback = null): any {
    super.__init__(pool, callback, errorCallback);
    this._success = true;
    const value = new PyList<unknown>();
    value.length = length;
    this._value = value.fill(null);
    this._chunksize = chunksize;
    this._seen = new Set();
    if (chunksize <= 0) {
      this._number_left = 0;
      this._done();
    } else {
      this._number_left = Math.floor(length / chunksize) + (length % chunksize ? 1 : 0);
    }
    return null;
  }

  override _set(index: number, success: boolean, result: unknown): void {
    if (this._seen.has(index)) return;
    this._seen.add(index);
    if (isPy2()) return this._setPy2(index, success, result);
    this._number_left -= 1;
    if (success && this._success) {
      this._store(index, result);
      if (this._number_left === 0) {
        if (this._callback !== null) this._callback(this._value);
        this._done();
      }
      return;
    }
    // Only the first exception is kept; the result is ready once every chunk is in.
    if (!success && this._success) {
      this._success = false;
      this._value = result;
    }
    if (this._number_left === 0) {
      if (this._error_callback !== null) this._error_callback(this._value);
      this._done();
    }
  }

  /** Python 2.7: ready at the first exception (no error callback there). */
  private _setPy2(index: number, success: boolean, result: unknown): void {
    if (!success) {
      this._success = false;
      this._value = result;
      return this._done();
    }
    this._store(index, result);
    this._number_left -= 1;
    if (this._number_left === 0) {
      if (this._callback !== null) this._callback(this._value);
      this._done();
    }
  }

  private _store(index: number, chunk: unknown): void {
    const value = this._value as unknown[];
    const items = chunk as unknown[];
    const start = index * this._chunksize;
    for (let i = 0; i < items.length && start + i < value.length; i++) value[start + i] = items[i];
  }
}

/** multiprocessing.pool.IMapIterator: imap's results in task order. */
export class IMapIterator extends PyObject implements PoolResult {
  declare _pool: ResultHost | null;
  declare _job: number;
  declare _cache: Map<number, PoolResult>;
  /** Delivered [success, value] pairs not yet taken by next(). */
  declare _items: Array<[boolean, unknown]>;
  declare _index: number;
  declare _length: number | null;
  declare _unsorted: Map<number, [boolean, unknown]>;

  static override get __module__(): string {
    return "multiprocessing.pool";
  }

  override __init__(pool: ResultHost): any {
    this._pool = pool;
    this._job = nextJob();
    this._cache = pool._cache;
    this._items = [];
    this._index = 0;
    this._length = null;
    this._unsorted = new Map();
    this._cache.set(this._job, this);
    return null;
  }

  __iter__(): this {
    return this;
  }

  [kShare](): ShareState {
    return { kind: "IMapIterator", typeName: "IMapIterator", buffers: [], state: null, refuse: () => new TypeError("cannot pickle '_thread.lock' object") };
  }

  next(timeout: unknown = null): unknown {
    let item = this._items.shift();
    if (item === undefined) {
      if (this._index === this._length) return this._stop();
      if (this._pool === null) throw inheritedResult();
      this._pool._waitUntil(() => this._items.length > 0 || this._index === this._length, deadlineAfter(seconds(timeout)));
      item = this._items.shift();
      if (item === undefined) {
        if (this._index === this._length) return this._stop();
        throw new TimeoutError();
      }
    }
    const [success, value] = item;
    if (success) return value;
    throw raisedHere(value);
  }

  __next__(): unknown {
    return this.next();
  }

  private _stop(): never {
    this._pool = null;
    throw new StopIteration();
  }

  _set(index: number, success: boolean, value: unknown): void {
    if (index < this._index || this._unsorted.has(index)) return;
    if (this._index === index) {
      this._items.push([success, value]);
      this._index += 1;
      for (let next = this._unsorted.get(this._index); next !== undefined; next = this._unsorted.get(this._index)) {
        this._unsorted.delete(this._index);
        this._items.push(next);
        this._index += 1;
      }
    } else {
      this._unsorted.set(index, [success, value]);
    }
    this._finishIfComplete();
  }

  _set_length(length: number): void {
    this._length = length;
    this._finishIfComplete();
  }

  protected _finishIfComplete(): void {
    if (this._index === this._length) {
      this._cache.delete(this._job);
      if (!isPy2()) this._pool = null;
    }
  }
}

/** multiprocessing.pool.IMapUnorderedIterator: imap_unordered's results as they complete. */
export class IMapUnorderedIterator extends IMapIterator {
  override _set(_index: number, success: boolean, value: unknown): void {
    this._items.push([success, value]);
    this._index += 1;
    this._finishIfComplete();
  }
}

/** Waiting in a forked child for a result of its parent's pool (CPython's child would wait forever). */
function inheritedResult(): NotImplementedError {
  return new NotImplementedError("this result belongs to a pool of another process: its result never reaches this process");
}

registerShareable("ApplyResult", (_buffers, state) => {
  expectCodec(state === null || (state instanceof PyTuple && state.length === 2), "inherited pool result");
  const copy = Object.create(ApplyResult.prototype) as ApplyResult;
  Object.assign(copy, { _job: -1, _pool: null, _cache: new Map(), _callback: null, _error_callback: null, _ready: state !== null });
  if (state !== null) Object.assign(copy, { _success: state[0], _value: state[1] });
  return copy;
});

registerShareable("IMapIterator", () => {
  const copy = Object.create(IMapIterator.prototype) as IMapIterator;
  Object.assign(copy, { _job: -1, _pool: null, _cache: new Map(), _items: [], _index: 0, _length: null, _unsorted: new Map() });
  return copy;
});

defineMethod(IMapIterator.prototype.next, "IMapIterator.next(self, timeout=)");
refuseMissingLibraryMembers(ApplyResult, IMapIterator);
