// multiprocessing.Pool (CPython's multiprocessing/pool.py): a fixed number of
// daemonic worker processes, started at Pool() with the owner's state at that
// moment (fork semantics), that run tasks sent through a shared-memory channel
// (poolChannel.ts). CPython's pool runs three helper threads; here the owner does
// their work at its safe points (poolOwner.ts): whenever it blocks (get, wait,
// join, time.sleep, a lock, ...) or polls (ready). Callbacks therefore run in the
// owner, in completion order, at those points. Messages are CPython's, per dialect.

import { callable } from "../builtins/attributes.js";
import { isPy2, onDialectChange } from "../builtins/dialect.js";
import { AssertionError, AttributeError, KeyError, NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { lt } from "../builtins/compare.js";
import { PyFloat } from "../builtins/float.js";
import { iter } from "../builtins/iteration.js";
import { PyList } from "../builtins/list.js";
import { PyObject } from "../builtins/object.js";
import { str } from "../builtins/repr.js";
import { PyRange } from "../builtins/range.js";
import { truthy } from "../builtins/truth.js";
import { PyTuple } from "../builtins/tuple.js";
import { typeName } from "../builtins/types.js";
import { kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { addSafePointHook } from "../internal/wait.js";
import { cpu_count } from "./context.js";
import { fixDefaultContext } from "./startMethod.js";
import { newThreadName, RemoteTraceback, reportThreadException, workerDied } from "./poolErrors.js";
import { chunkMessage, PoolOwner, taskMessage, type Outgoing } from "./poolOwner.js";
import { ApplyResult, IMapIterator, IMapUnorderedIterator, MapResult, type PoolResult, type ResultHost } from "./poolResults.js";
import { ForkProcess, Py2PoolProcess, TaskKind } from "./poolWorker.js";
import { travelsByName } from "../internal/travelsByName.js";
import { addFinalizer } from "./util.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

/** Python's keyword arguments of Pool(...) (emitted as one options object). */
export interface PoolOptions {
  readonly processes?: number | null;
  readonly initializer?: Function | null;
  readonly initargs?: Iterable<unknown>;
  readonly maxtasksperchild?: number | null;
  readonly context?: unknown;
}

type Callback = ((value: unknown) => unknown) | null;

const RUN = "RUN";
const CLOSE = "CLOSE";
const TERMINATE = "TERMINATE";

/** multiprocessing.pool.Pool. */
export class Pool extends PyObject implements ResultHost {
  declare _state: string;
  declare _processes: number;
  /** The worker processes (CPython's list of them). */
  declare _pool: PyList<ForkProcess>;
  /** Results not delivered completely yet, by job. */
  declare _cache: Map<number, PoolResult>;
  declare _maxtasksperchild: number | null;
  declare _initializer: Function | null;
  declare _initargs: unknown;
  declare _owner: PoolOwner;
  /** The thread CPython would run callbacks in (named in its error report). */
  declare _resultHandlerName: string;
  /** A callback raised: CPython's result-handler thread died, results are no longer delivered. */
  declare _resultHandlerDead: boolean;
  declare _delivering: boolean;
  declare _sentinelsSent: boolean;
  declare _terminated: boolean;
  declare _unhook: (() => void) | null;
  declare _unfinalize: (() => void) | null;

  static override get __module__(): string {
    return "multiprocessing.pool";
  }

  override __init__(options: PoolOptions = {}): any {
    // multiprocessing.Pool() asks the default context for its context first.
    fixDefaultContext();
    this._state = "INIT";
    this._cache = new Map();
    this._terminated = false;
    this._unhook = null;
    this._unfinalize = null;
    const processes = options.processes ?? cpu_count();
    if (truthy(lt(processes, 1))) throw new ValueError("Number of processes must be at least 1");
    const maxtasks = options.maxtasksperchild ?? null;
    if (maxtasks !== null && !isPy2() && (typeof maxtasks !== "number" || !Number.isInteger(maxtasks) || maxtasks <= 0)) {
      throw new ValueError("maxtasksperchild must be a positive int or None");
    }
    const initializer = options.initializer ?? null;
    if (initializer !== null && !callable(initializer)) throw new TypeError("initializer must be a callable");
    if (initializer !== null && !travelsByName(initializer, "inheritance")) {
      throw new NotImplementedError(
        `the Pool initializer ${initializer.name || "<lambda>"} is not a module-level function: py2ts-mp runs a pool worker in its own ` +
          "thread, which finds the initializer by name (CPython's fork start method would copy it)",
      );
    }
    this._processes = processCount(processes);
    this._maxtasksperchild = maxtasks;
    this._initializer = initializer;
    this._initargs = options.initargs ?? PyTuple.of();
    this._owner = new PoolOwner({
      processes: this._processes,
      initializer,
      initargs: this._initargs,
      maxtasks,
      wrapExceptions: !isPy2(),
      catchAll: false,
      createWorker: () => nameWorker(isPy2() ? new Py2PoolProcess() : new ForkProcess()),
      remoteTraceback: (text) => new RemoteTraceback(text),
    });
    this._pool = this._owner.workers;
    try {
      this._owner.repopulate(true);
    } catch (error) {
      this._owner.terminateWorkers();
      throw error;
    }
    // CPython starts the worker, task and result handler threads here.
    newThreadName();
    newThreadName();
    this._resultHandlerName = newThreadName();
    this._resultHandlerDead = false;
    this._delivering = false;
    this._sentinelsSent = false;
    this._unhook = addSafePointHook(() => this._safePoint());
    this._unfinalize = addFinalizer(() => {
      this._drain();
      this._terminatePool();
    }, 15);
    this._state = RUN;
    return null;
  }

  override __repr__(): any {
    if (isPy2()) return super.__repr__();
    return `<multiprocessing.pool.Pool state=${this._state} pool_size=${this._pool.length}>`;
  }

  private _checkRunning(): void {
    if (this._state === RUN) return;
    if (isPy2()) throw new AssertionError();
    throw new ValueError("Pool not running");
  }

  apply(func: unknown, args: unknown = PyTuple.of(), kwds: unknown = null): unknown {
    if (isPy2()) this._checkRunning();
    return this.apply_async(func, args, kwds).get();
  }

  apply_async(func: unknown, args: unknown = PyTuple.of(), kwds: unknown = null, callback: Callback = null, error_callback?: Callback): ApplyResult {
    if (isPy2() && error_callback !== undefined) throw new TypeError("apply_async() got an unexpected keyword argument 'error_callback'");
    this._checkRunning();
    const result = new ApplyResult(this, callback ?? null, error_callback ?? null);
    this._owner.addSource([taskMessage(TaskKind.Apply, result._job, 0, func, [args, kwds ?? null])][Symbol.iterator]());
    return result;
  }

  map(func: unknown, iterable: unknown, chunksize: unknown = null): unknown {
    if (isPy2()) this._checkRunning();
    return this._mapAsync(func, iterable, TaskKind.Map, chunksize, null, null).get();
  }

  map_async(func: unknown, iterable: unknown, chunksize: unknown = null, callback: Callback = null, error_callback?: Callback): MapResult {
    if (isPy2() && error_callback !== undefined) throw new TypeError("map_async() got an unexpected keyword argument 'error_callback'");
    return this._mapAsync(func, iterable, TaskKind.Map, chunksize, callback, error_callback ?? null);
  }

  /** Python 3 only (removed from the class under Python 2: see the end of this file). */
  starmap(func: unknown, iterable: unknown, chunksize: unknown = null): unknown {
    return this._mapAsync(func, iterable, TaskKind.StarMap, chunksize, null, null).get();
  }

  starmap_async(func: unknown, iterable: unknown, chunksize: unknown = null, callback: Callback = null, error_callback: Callback = null): MapResult {
    return this._mapAsync(func, iterable, TaskKind.StarMap, chunksize, callback, error_callback);
  }

  /** CPython's _map_async: the iterable in chunks (default: 4 chunks per worker). */
  private _mapAsync(func: unknown, iterable: unknown, kind: TaskKind, chunksize: unknown, callback: Callback, errorCallback: Callback): MapResult {
    this._checkRunning();
    const items = materialize(iterable);
    let size: number;
    if (chunksize === null || chunksize === undefined) {
      const chunks = this._pool.length * 4;
      size = Math.floor(items.length / chunks) + (items.length % chunks ? 1 : 0);
    } else {
      size = Number(chunksize);
    }
    if (items.length === 0) size = 0;
    const result = new MapResult(this, size, items.length, callback, errorCallback);
    if (size > 0) this._owner.addSource(chunkTasks(kind, result._job, func, items, size));
    return result;
  }

  imap(func: unknown, iterable: unknown, chunksize: unknown = 1): unknown {
    return this._imap(func, iterable, chunksize, false);
  }

  imap_unordered(func: unknown, iterable: unknown, chunksize: unknown = 1): unknown {
    return this._imap(func, iterable, chunksize, true);
  }

  private _imap(func: unknown, iterable: unknown, chunksize: unknown, unordered: boolean): unknown {
    this._checkRunning();
    const size = Number(chunksize);
    if (size !== 1 && !(size > 1)) {
      if (isPy2()) throw new AssertionError();
      throw new ValueError(`Chunksize must be 1+, not ${str(chunksize)}`);
    }
    const result = unordered ? new IMapUnorderedIterator(this) : new IMapIterator(this);
    if (size === 1) {
      // iter() fails where CPython's does: 2.7 enumerates the iterable in imap()
      // itself, 3.x inside _guarded_task_generation, so next() raises it.
      const items = isPy2() ? iter(iterable) : iterLazily(iterable);
      this._owner.addSource(guardedTasks(result, items, (index, x) => taskMessage(TaskKind.Apply, result._job, index, func, [PyTuple.of(x), null])));
      return result;
    }
    const chunks = batches(iterable, size);
    this._owner.addSource(guardedTasks(result, chunks, (index, chunk) => chunkMessage(TaskKind.Map, result._job, index, func, chunk as unknown[])));
    return flatten(result);
  }

  close(): void {
    if (this._state === RUN) this._state = CLOSE;
    this._closeIfDone();
  }

  terminate(): void {
    if (!this._terminated) this._drain();
    this._state = TERMINATE;
    this._terminatePool();
  }

  join(): void {
    if (isPy2()) {
      if (this._state !== CLOSE && this._state !== TERMINATE) throw new AssertionError();
    } else if (this._state === RUN) {
      throw new ValueError("Pool is still running");
    } else if (this._state !== CLOSE && this._state !== TERMINATE) {
      throw new ValueError("In unknown state");
    }
    if (!this._terminated) this._waitUntil(() => this._sentinelsSent, Infinity);
    this._owner.joinWorkers();
    this._unhook?.();
    this._unhook = null;
  }

  /**
   * Python 3's context manager; the exit terminates. Python 2.7's Pool has none:
   * `with` there fails looking up __exit__ first (AttributeError: __exit__).
   */
  get __enter__(): () => Pool {
    if (isPy2()) throw new AttributeError("__exit__");
    return () => {
      this._checkRunning();
      return this;
    };
  }

  get __exit__(): (...exc: unknown[]) => void {
    if (isPy2()) throw new AttributeError("__exit__");
    return () => this.terminate();
  }

  __reduce__(): never {
    throw new NotImplementedError("pool objects cannot be passed between processes or pickled");
  }

  /** Forked children inherit an inert copy; pickling refuses (CPython's __reduce__). */
  [kShare](): ShareState {
    return { kind: "Pool", typeName: "Pool", buffers: [], state: null, refuse: () => this.__reduce__() };
  }

  // -- The owner's side of CPython's helper threads --------------------------------

  /** Results in, callbacks run, workers maintained, sentinels sent once closed and done. */
  _safePoint(): void {
    if (this._terminated) return;
    this._owner.pump();
    this._tick();
  }

  private _tick(): void {
    if (this._state === RUN || (this._cache.size > 0 && this._state !== TERMINATE)) {
      for (const { worker, lost } of this._owner.maintain(true)) {
        for (const task of lost) {
          this._owner.received.push({ ...task, success: false, value: workerDied(worker.name, worker.pid, worker.exitcode) });
        }
      }
    }
    this._deliver();
    this._closeIfDone();
  }

  _waitUntil(ready: () => boolean, deadline: number): boolean {
    this._safePoint();
    if (ready()) return true;
    return this._owner.wait(ready, deadline, () => this._tick());
  }

  /** CPython's result handler: each result to its job, callbacks included, in arrival order. */
  private _deliver(): void {
    if (this._delivering || this._resultHandlerDead || this._state === TERMINATE) return;
    this._delivering = true;
    try {
      for (let item = this._owner.received.shift(); item; item = this._owner.received.shift()) {
        const result = this._cache.get(item.job);
        if (!result) continue;
        try {
          result._set(item.index, item.success, item.value);
        } catch (error) {
          // CPython's handler ignores a KeyError (it guards `cache[job]`); anything
          // else ends the thread with a report, and no result is delivered again.
          if (error instanceof KeyError) continue;
          reportThreadException(this._resultHandlerName, "_handle_results", error);
          this._resultHandlerDead = true;
          return;
        }
      }
    } finally {
      this._delivering = false;
    }
  }

  /** CPython's worker handler, once the pool is closed and every result is in: stop the workers. */
  private _closeIfDone(): void {
    if (this._state !== CLOSE || this._sentinelsSent || this._cache.size > 0 || !this._owner.idle) return;
    this._sentinelsSent = true;
    this._owner.sendSentinels();
  }

  /** Results that have arrived go to their jobs (CPython's result thread would have handled them by now). */
  private _drain(): void {
    this._owner.pump();
    this._deliver();
  }

  /** CPython's _terminate_pool (terminate(), the with statement's exit, program exit). */
  private _terminatePool(): void {
    if (this._terminated) return;
    this._terminated = true;
    this._unfinalize?.();
    this._unfinalize = null;
    this._unhook?.();
    this._unhook = null;
    if (this._resultHandlerDead && this._cache.size > 0) {
      throw isPy2() ? new AssertionError() : new AssertionError("Cannot have cache with result_hander not alive");
    }
    this._owner.terminateWorkers();
  }
}

/** `w.name = w.name.replace('Process', 'PoolWorker')`: ForkPoolWorker-N, Python 2 PoolWorker-N. */
function nameWorker(worker: ForkProcess): ForkProcess {
  worker.name = worker.name.replace("Process", "PoolWorker");
  return worker;
}

/** CPython's list(iterable) for map (a range's items computed, not iterated). */
function materialize(iterable: unknown): unknown[] {
  if (Array.isArray(iterable)) return iterable;
  if (iterable instanceof PyRange) {
    const items = new Array<number>(iterable.__len__());
    for (let i = 0; i < items.length; i++) items[i] = iterable.at(i);
    return items;
  }
  return Array.from(iter(iterable));
}

/** map's chunks as task messages, made as the channel has room. */
function* chunkTasks(kind: TaskKind, job: number, func: unknown, items: readonly unknown[], size: number): Iterator<Outgoing> {
  for (let index = 0, start = 0; start < items.length; index++, start += size) {
    yield chunkMessage(kind, job, index, func, items.slice(start, start + size));
  }
}

/**
 * The worker count CPython's _repopulate_pool range()s over: an int or bool;
 * a float or str fails there with range()'s TypeError (2.7: a str already at
 * `processes - len(self._pool)`, as 2.7 orders str after int in `< 1`).
 */
export function processCount(processes: unknown): number {
  if (typeof processes === "boolean" || typeof processes === "bigint") return Number(processes);
  if (typeof processes === "number" && Number.isInteger(processes)) return processes;
  const isFloat = typeof processes === "number" || processes instanceof PyFloat;
  if (!isPy2()) throw new TypeError(`'${typeName(processes)}' object cannot be interpreted as an integer`);
  if (isFloat) throw new TypeError("range() integer end argument expected, got float.");
  throw new TypeError(`unsupported operand type(s) for -: '${typeName(processes)}' and 'int'`);
}

/** CPython's _get_tasks: tuples of `size` items; iter() runs at the first chunk, inside the generator. */
export function* batches(iterable: unknown, size: number): Iterator<PyTuple<unknown>> {
  const items = iter(iterable);
  for (;;) {
    const chunk: unknown[] = [];
    for (let step = items.next(); !step.done; step = items.next()) {
      chunk.push(step.value);
      if (chunk.length === size) break;
    }
    if (chunk.length === 0) return;
    yield PyTuple.fromArray(chunk);
  }
}

/** iter(iterable) at the first next(), as a generator that calls iter() would. */
export function* iterLazily(iterable: unknown): Iterator<unknown> {
  yield* iter(iterable);
}

/**
 * imap's tasks (CPython's _guarded_task_generation): an exception from the
 * iterable becomes the result after the last task, then the length is known.
 * Python 2.7 differs: the length excludes the failure, which goes to job 0 when
 * no task was made.
 */
function* guardedTasks(result: IMapIterator, items: Iterator<unknown>, task: (index: number, item: unknown) => Outgoing): Iterator<Outgoing> {
  let count = 0;
  for (;;) {
    let step: IteratorResult<unknown>;
    try {
      step = items.next();
    } catch (error) {
      const job = isPy2() && count === 0 ? 0 : result._job;
      yield { job, index: isPy2() && count === 0 ? 1 : count, error };
      result._set_length(isPy2() ? count : count + 1);
      return;
    }
    if (step.done) break;
    yield task(count, step.value);
    count++;
  }
  result._set_length(count);
}

/** `(item for chunk in result for item in chunk)`: chunked imap's results one by one. */
function* flatten(result: IMapIterator): Generator<unknown> {
  for (const chunk of result as unknown as Iterable<Iterable<unknown>>) yield* chunk;
}

registerShareable("Pool", () => {
  // A forked child's copy of a pool: CPython's copy has no helper threads and never
  // gets results; this one says so at once.
  const inert = Object.create(Pool.prototype) as Pool;
  inert._state = TERMINATE;
  inert._cache = new Map();
  inert._pool = new PyList();
  inert._terminated = true;
  return inert;
});

// Its methods' Python signatures are in internal/libraryMethodSpecs.ts (methodSignatures.ts attaches them).

// Python 2.7's Pool has no starmap/starmap_async: reading either attribute is
// CPython's AttributeError there (emitted code may read it as a plain property,
// hence a throwing getter; hasattr is False), and a plain method under Python 3.
const starmaps = { starmap: Pool.prototype.starmap, starmap_async: Pool.prototype.starmap_async };
onDialectChange((dialect) => {
  for (const [name, method] of Object.entries(starmaps)) {
    const missing = (): never => {
      throw new AttributeError(`'Pool' object has no attribute '${name}'`);
    };
    const property = dialect === "py2" ? { get: missing } : { value: method, writable: true };
    Object.defineProperty(Pool.prototype, name, { ...property, configurable: true, enumerable: false });
  }
});
refuseMissingLibraryMembers(Pool);
