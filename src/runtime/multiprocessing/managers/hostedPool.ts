// SyncManager.Pool(): a multiprocessing.Pool that lives in the manager's server
// (its workers are the server's children), reached through PoolProxy. CPython's
// server blocks one thread per caller in `pool.map(...)` or `result.get()`; ours
// serves everyone from one thread, so every call that would wait parks
// (pending.ts) and is answered from a server tick: the pool's safe point (results
// in, callbacks run) and then a look at what the parked callers wait for.
// apply_async/map_async return a HostedAsyncResult (CPython's AutoProxy of an
// ApplyResult), imap/imap_unordered a HostedIMap (an IteratorProxy's referent).

import { defineMethod } from "../../builtins/call.js";
import { isPy2 } from "../../builtins/dialect.js";
import { AssertionError, TypeError, ValueError } from "../../builtins/exceptions.js";
import { iter } from "../../builtins/iteration.js";
import { PyObject } from "../../builtins/object.js";
import { repr, str } from "../../builtins/repr.js";
import { PyTuple } from "../../builtins/tuple.js";
import { deadlineAfter, type Deadline } from "../../internal/wait.js";
import { TimeoutError } from "../errors.js";
import { Pool } from "../pool.js";
import { chunkMessage } from "../poolOwner.js";
import { IMapIterator, IMapUnorderedIterator, type ApplyResult } from "../poolResults.js";
import { TaskKind } from "../poolWorker.js";
import { park, type Pending } from "./pending.js";
import { addServerTick } from "./serverState.js";

/** A parked caller and what it waits for. */
interface Watch {
  readonly ready: () => boolean;
  /** Answers the caller (ready() is true). */
  readonly settle: () => void;
}

/** The pool's side of the server: its tick answers the parked callers whose wait is over. */
class PoolWatches {
  private readonly _watches = new Set<Watch>();
  private _removeTick: (() => void) | null = null;

  constructor(private readonly _pool: Pool) {}

  /**
   * The caller waits until `ready()` (then `settle` answers it) or the deadline
   * (then `expire` does). Returns the Pending the method hands the server.
   */
  wait(ready: () => boolean, deadline: Deadline, settle: (pending: Pending) => void, expire: (pending: Pending) => void): Pending {
    const watch: Watch = { ready, settle: () => settle(pending) };
    const pending = park(deadline, () => {
      this._remove(watch);
      expire(pending);
    });
    this._watches.add(watch);
    if (this._removeTick === null) this._removeTick = addServerTick(() => this._tick());
    return pending;
  }

  private _tick(): void {
    this._pool._safePoint();
    for (const watch of [...this._watches]) {
      if (!watch.ready()) continue;
      this._remove(watch);
      watch.settle();
    }
  }

  private _remove(watch: Watch): void {
    this._watches.delete(watch);
    if (this._watches.size === 0 && this._removeTick !== null) {
      this._removeTick();
      this._removeTick = null;
    }
  }
}

/** seconds → a deadline; None waits for ever. */
function deadlineOf(timeout: unknown): Deadline {
  return timeout === null || timeout === undefined ? Infinity : deadlineAfter(Number(timeout));
}

/** multiprocessing.pool.Pool as the server holds it: PoolProxy's exposed methods. */
export class HostedPool extends PyObject {
  declare _pool: Pool;
  declare _watches: PoolWatches;

  /** Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None). */
  override __init__(processes: unknown = null, initializer: unknown = null, initargs: unknown = PyTuple.of(), maxtasksperchild: unknown = null): any {
    this._pool = new Pool({
      processes: processes as number | null,
      initializer: initializer as Function | null,
      initargs: initargs as Iterable<unknown>,
      maxtasksperchild: maxtasksperchild as number | null,
    });
    this._watches = new PoolWatches(this._pool);
    return null;
  }

  apply(func: unknown, args: unknown = PyTuple.of(), kwds: unknown = null): unknown {
    if (isPy2()) this._checkRunning();
    return this.apply_async(func, args, kwds).get();
  }

  apply_async(func: unknown, args: unknown = PyTuple.of(), kwds: unknown = null, callback: unknown = null, error_callback?: unknown): HostedAsyncResult {
    const result = error_callback === undefined ? this._pool.apply_async(func, args, kwds, callback as null) : this._pool.apply_async(func, args, kwds, callback as null, error_callback as null);
    return new HostedAsyncResult(result, this._watches);
  }

  map(func: unknown, iterable: unknown, chunksize: unknown = null): unknown {
    if (isPy2()) this._checkRunning();
    return this.map_async(func, iterable, chunksize).get();
  }

  map_async(func: unknown, iterable: unknown, chunksize: unknown = null, callback: unknown = null, error_callback?: unknown): HostedAsyncResult {
    const result = error_callback === undefined ? this._pool.map_async(func, iterable, chunksize, callback as null) : this._pool.map_async(func, iterable, chunksize, callback as null, error_callback as null);
    return new HostedAsyncResult(result, this._watches);
  }

  starmap(func: unknown, iterable: unknown, chunksize: unknown = null): unknown {
    return this.starmap_async(func, iterable, chunksize).get();
  }

  starmap_async(func: unknown, iterable: unknown, chunksize: unknown = null, callback: unknown = null, error_callback: unknown = null): HostedAsyncResult {
    return new HostedAsyncResult(this._pool.starmap_async(func, iterable, chunksize, callback as null, error_callback as null), this._watches);
  }

  imap(func: unknown, iterable: unknown, chunksize: unknown = 1): HostedIMap {
    return this._imap(func, iterable, chunksize, false);
  }

  imap_unordered(func: unknown, iterable: unknown, chunksize: unknown = 1): HostedIMap {
    return this._imap(func, iterable, chunksize, true);
  }

  /**
   * Pool.imap's checks and tasks; with chunks the iterator hands out a chunk's
   * items one by one (CPython's generator over the chunks). Pool.imap itself
   * returns that generator, which could only block, so the chunked tasks are
   * made here from the pool's own pieces.
   */
  private _imap(func: unknown, iterable: unknown, chunksize: unknown, unordered: boolean): HostedIMap {
    const size = Number(chunksize);
    if (size === 1 || !(size > 1)) {
      const result = (unordered ? this._pool.imap_unordered(func, iterable, chunksize) : this._pool.imap(func, iterable, chunksize)) as IMapIterator;
      return new HostedIMap(result, false, this._watches);
    }
    this._checkRunning();
    const result = unordered ? new IMapUnorderedIterator(this._pool) : new IMapIterator(this._pool);
    this._pool._owner.addSource(chunkTasks(result, iter(iterable), size, func));
    return new HostedIMap(result, true, this._watches);
  }

  close(): null {
    this._pool.close();
    return null;
  }

  terminate(): null {
    this._pool.terminate();
    return null;
  }

  /** join() waits (parked) until the workers were sent their sentinels and ended. */
  join(): unknown {
    const pool = this._pool;
    // Pool.join's own checks raise at once when the pool is still running.
    if (pool._state === "RUN" || (pool._state !== "CLOSE" && pool._state !== "TERMINATE")) return pool.join();
    const done = (): boolean => (pool._terminated || pool._sentinelsSent) && pool._pool.every((worker) => worker.exitcode !== null);
    pool._safePoint();
    if (done()) return pool.join();
    return this._watches.wait(done, Infinity, (pending) => settleWith(pending, () => pool.join()), () => {});
  }

  private _checkRunning(): void {
    if (this._pool._state === "RUN") return;
    if (isPy2()) throw new AssertionError();
    throw new ValueError("Pool not running");
  }

  override __repr__(): any {
    return repr(this._pool);
  }

  override __str__(): any {
    return str(this._pool);
  }
}

/** Settles a parked call with what `body` returns or raises. */
function settleWith(pending: Pending, body: () => unknown): void {
  let value: unknown;
  try {
    value = body();
  } catch (error) {
    pending.reject(error);
    return;
  }
  pending.resolve(value);
}

/** An ApplyResult or MapResult in the server: get() and wait() park instead of blocking. */
export class HostedAsyncResult extends PyObject {
  declare _result: ApplyResult;
  declare _watches: PoolWatches;

  override __init__(result: ApplyResult, watches: PoolWatches): any {
    this._result = result;
    this._watches = watches;
    return null;
  }

  /**
   * get(timeout=None). The lowering passes `r.get(timeout=5)` by Queue.get's
   * signature, (block, timeout), when it cannot tell the receiver's type, and the
   * proxy forwards both: a second argument after an omitted first one is the
   * timeout (as ApplyResult.get reads it).
   */
  get(timeout: unknown = undefined, queueTimeout: unknown = undefined): unknown {
    if (queueTimeout !== undefined) {
      if (timeout !== undefined) throw new TypeError(isPy2() ? "get() takes at most 2 arguments (3 given)" : "ApplyResult.get() takes from 1 to 2 positional arguments but 3 were given");
      timeout = queueTimeout;
    }
    const result = this._result;
    if (result.ready()) return result.get();
    return this._watches.wait(() => result._ready, deadlineOf(timeout), (pending) => settleWith(pending, () => result.get()), (pending) => pending.reject(new TimeoutError()));
  }

  ready(): boolean {
    return this._result.ready();
  }

  successful(): boolean {
    return this._result.successful();
  }

  wait(timeout: unknown = null): unknown {
    const result = this._result;
    if (result.ready()) return null;
    return this._watches.wait(() => result._ready, deadlineOf(timeout), (pending) => pending.resolve(null), (pending) => pending.resolve(null));
  }

  override __repr__(): any {
    return repr(this._result);
  }
}

/** imap's iterator in the server: __next__ (Python 2's next) parks until the next result. */
export class HostedIMap extends PyObject {
  declare _result: IMapIterator;
  declare _chunked: boolean;
  declare _chunk: unknown[];
  declare _watches: PoolWatches;

  override __init__(result: IMapIterator, chunked: boolean, watches: PoolWatches): any {
    this._result = result;
    this._chunked = chunked;
    this._chunk = [];
    this._watches = watches;
    return null;
  }

  __next__(): unknown {
    if (this._chunk.length > 0) return this._chunk.shift();
    const result = this._result;
    const available = (): boolean => result._items.length > 0 || result._index === result._length;
    result._pool?._safePoint();
    if (available()) return this._take();
    return this._watches.wait(available, Infinity, (pending) => settleWith(pending, () => this._take()), () => {});
  }

  next(): unknown {
    return this.__next__();
  }

  /** The next result, which is there (or the end): a chunk's first item when chunked. */
  private _take(): unknown {
    const value = this._result.next();
    if (!this._chunked) return value;
    // A chunk is never empty: _get_tasks makes none.
    this._chunk = [...(value as Iterable<unknown>)];
    return this._chunk.shift();
  }

  override __repr__(): any {
    return repr(this._result);
  }
}

/**
 * imap's tasks in chunks of `size` (CPython's _get_tasks under
 * _guarded_task_generation): an exception from the iterable becomes the result
 * after the last task (Python 2.7: job 0 when no task was made, uncounted).
 */
function* chunkTasks(result: IMapIterator, items: Iterator<unknown>, size: number, func: unknown): Generator<ReturnType<typeof chunkMessage> | { job: number; index: number; error: unknown }> {
  let count = 0;
  for (;;) {
    const chunk: unknown[] = [];
    try {
      for (let step = items.next(); !step.done; step = items.next()) {
        chunk.push(step.value);
        if (chunk.length === size) break;
      }
    } catch (error) {
      const first = isPy2() && count === 0;
      yield { job: first ? 0 : result._job, index: first ? 1 : count, error };
      result._set_length(isPy2() ? count : count + 1);
      return;
    }
    if (chunk.length === 0) break;
    yield chunkMessage(TaskKind.Map, result._job, count, func, chunk);
    count++;
  }
  result._set_length(count);
}

for (const [method, spec] of [
  [HostedPool.prototype.__init__, "Pool.__init__(self, processes=, initializer=, initargs=, maxtasksperchild=)"],
  [HostedPool.prototype.apply, "Pool.apply(self, func, args=, kwds=)"],
  [HostedPool.prototype.apply_async, "Pool.apply_async(self, func, args=, kwds=, callback=, error_callback=)"],
  [HostedPool.prototype.map, "Pool.map(self, func, iterable, chunksize=)"],
  [HostedPool.prototype.map_async, "Pool.map_async(self, func, iterable, chunksize=, callback=, error_callback=)"],
  [HostedPool.prototype.starmap, "Pool.starmap(self, func, iterable, chunksize=)"],
  [HostedPool.prototype.starmap_async, "Pool.starmap_async(self, func, iterable, chunksize=, callback=, error_callback=)"],
  [HostedPool.prototype.imap, "Pool.imap(self, func, iterable, chunksize=)"],
  [HostedPool.prototype.imap_unordered, "Pool.imap_unordered(self, func, iterable, chunksize=)"],
  [HostedAsyncResult.prototype.get, "ApplyResult.get(self, timeout=, _timeout_by_position=)"],
  [HostedAsyncResult.prototype.wait, "ApplyResult.wait(self, timeout=)"],
] as const) {
  defineMethod(method as (...args: any[]) => any, spec);
}
