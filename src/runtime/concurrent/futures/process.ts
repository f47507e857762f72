// concurrent.futures.ProcessPoolExecutor (CPython 3.11's concurrent/futures/
// process.py) on the Pool's machinery (multiprocessing/poolOwner.ts): max_workers
// ForkProcess workers started at the first submit with the owner's state then
// (fork), calls sent through the pool channel as CPython's manager thread fills its
// call queue of max_workers + 1: when it wakes (a submit, a result), up to
// max_workers + 1 calls not yet taken by a worker; the rest stay PENDING and
// cancellable (with workers still starting, the third of three calls to one worker),
// results set on the futures at the owner's safe points, where done-callbacks run
// (CPython's manager thread). A worker that dies breaks the executor, as in CPython.

import { callable } from "../../builtins/attributes.js";
import { le } from "../../builtins/compare.js";
import { isKwargs } from "../../builtins/kwargs.js";
import { truthy } from "../../builtins/truth.js";
import { processCount } from "../../multiprocessing/pool.js";
import { Exception, NotImplementedError, RuntimeError, TypeError, ValueError } from "../../builtins/exceptions.js";
import { iter, zip } from "../../builtins/iteration.js";
import { PyDict } from "../../builtins/dict.js";
import { PyTuple } from "../../builtins/tuple.js";
import { registerRuntimeClass } from "../../internal/codecRegistry.js";
import { addSafePointHook } from "../../internal/wait.js";
import { cpu_count, get_context } from "../../multiprocessing/context.js";
import { newThreadName } from "../../multiprocessing/poolErrors.js";
import { PoolOwner, taskMessage, type Outgoing } from "../../multiprocessing/poolOwner.js";
import { ForkProcess, TaskKind } from "../../multiprocessing/poolWorker.js";
import { travelsByName } from "../../internal/travelsByName.js";
import { addFinalizer } from "../../multiprocessing/util.js";
import { BrokenExecutor, Executor, Future, type FutureHost } from "./_base.js";

/** concurrent.futures.process.BrokenProcessPool. */
export class BrokenProcessPool extends BrokenExecutor {
  static override get __module__(): string {
    return "concurrent.futures.process";
  }
}

/** concurrent.futures.process._RemoteTraceback: the worker's traceback, made the __cause__. */
export class _RemoteTraceback extends Exception {
  static override get __module__(): string {
    return "concurrent.futures.process";
  }

  constructor(tb: string) {
    super(tb);
    this.tb = tb;
  }

  override __str__(): any {
    return this.tb;
  }
}

registerRuntimeClass("concurrent.futures.process.BrokenProcessPool", BrokenProcessPool);
registerRuntimeClass("concurrent.futures.process._RemoteTraceback", _RemoteTraceback);

/** Python's keyword arguments of ProcessPoolExecutor(...) (emitted as one options object). */
export interface ProcessPoolExecutorOptions {
  readonly max_workers?: number | null;
  readonly mp_context?: unknown;
  readonly initializer?: Function | null;
  readonly initargs?: Iterable<unknown>;
  readonly max_tasks_per_child?: number | null;
}

interface WorkItem {
  readonly future: Future;
  readonly kind: TaskKind;
  readonly fn: unknown;
  readonly rest: readonly unknown[];
}

export class ProcessPoolExecutor extends Executor implements FutureHost {
  declare _max_workers: number;
  declare _initializer: Function | null;
  declare _initargs: unknown;
  declare _owner: PoolOwner | null;
  /** Calls submitted and not finished, by work id (CPython's _pending_work_items). */
  declare _pending_work_items: Map<number, WorkItem>;
  /** Work ids not yet sent to a worker, in submission order. */
  declare _work_ids: number[];
  declare _queue_count: number;
  /** Futures sent to workers and not finished (RUNNING). */
  declare _running: number;
  /** CPython's manager thread woke (a submit, a result) and fills the call queue once. */
  declare _fill: boolean;
  declare _shutdown_thread: boolean;
  declare _broken: string | false;
  declare _stopped: boolean;
  declare _unhook: (() => void) | null;
  declare _unfinalize: (() => void) | null;

  static override get __module__(): string {
    return "concurrent.futures.process";
  }

  override __init__(options: ProcessPoolExecutorOptions = {}): any {
    const maxWorkers = options.max_workers ?? null;
    if (maxWorkers !== null && truthy(le(maxWorkers, 0))) throw new ValueError("max_workers must be greater than 0");
    const maxTasks = options.max_tasks_per_child ?? null;
    const initializer = options.initializer ?? null;
    if (initializer !== null && !callable(initializer)) throw new TypeError("initializer must be a callable");
    if (maxTasks !== null) {
      if (typeof maxTasks !== "number" || !Number.isInteger(maxTasks)) throw new TypeError("max_tasks_per_child must be an integer");
      if (maxTasks <= 0) throw new ValueError("max_tasks_per_child must be >= 1");
      // CPython picks the spawn context for it, and refuses fork.
      if (options.mp_context === undefined || options.mp_context === null) get_context("spawn");
      throw new ValueError("max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; supply a different mp_context.");
    }
    if (initializer !== null && !travelsByName(initializer, "inheritance")) {
      throw new NotImplementedError(
        `the executor's initializer ${initializer.name || "<lambda>"} is not a module-level function: py2ts-mp runs a worker in its own ` +
          "thread, which finds the initializer by name (CPython's fork start method would copy it)",
      );
    }
    // CPython's call queue of max_workers + 1 is a BoundedSemaphore: a float count fails there, after the checks above.
    this._max_workers = maxWorkers === null ? cpu_count() : processCount(maxWorkers);
    this._initializer = initializer;
    this._initargs = options.initargs ?? PyTuple.of();
    this._owner = null;
    this._pending_work_items = new Map();
    this._work_ids = [];
    this._queue_count = 0;
    this._running = 0;
    this._fill = false;
    this._shutdown_thread = false;
    this._broken = false;
    this._stopped = false;
    this._unhook = null;
    this._unfinalize = null;
    return null;
  }

  /** The worker processes by pid (CPython's dict; None once shut down). */
  get _processes(): PyDict<number, ForkProcess> | null {
    if (this._stopped) return null;
    return PyDict.of(...(this._owner?.workers ?? []).map((w): [number, ForkProcess] => [w.pid!, w]));
  }

  /** submit(fn, /, *args, **kwargs): keyword arguments arrive as a trailing plain object. */
  submit(fn: unknown, ...args: unknown[]): Future {
    const last = args[args.length - 1];
    const kwargs = args.length > 0 && isKwargs(last) ? PyDict.of(...Object.entries(last as Record<string, unknown>)) : null;
    if (kwargs !== null) args.pop();
    return this._submit(TaskKind.Apply, fn, [PyTuple.fromArray(args), kwargs]);
  }

  private _submit(kind: TaskKind, fn: unknown, rest: readonly unknown[]): Future {
    if (this._broken !== false) throw new BrokenProcessPool(this._broken);
    if (this._shutdown_thread) throw new RuntimeError("cannot schedule new futures after shutdown");
    const future = new Future();
    future._host = this;
    const id = this._queue_count++;
    this._pending_work_items.set(id, { future, kind, fn, rest });
    this._work_ids.push(id);
    this._start();
    this._fill = true;
    this._owner!.pump();
    return future;
  }

  /** map(fn, *iterables, timeout=None, chunksize=1): calls in chunks, results in order. */
  map(fn: unknown, ...iterables: unknown[]): Generator<unknown> {
    const last = iterables[iterables.length - 1];
    const options = iterables.length > 0 && isKwargs(last) ? (iterables.pop() as { timeout?: unknown; chunksize?: unknown }) : {};
    const chunksize = Number(options.chunksize ?? 1);
    if (chunksize < 1) throw new ValueError("chunksize must be >= 1.");
    const calls = Array.from(iter(zip(...iterables)) as Iterable<PyTuple<unknown>>);
    const futures: Future[] = [];
    for (let start = 0; start < calls.length; start += chunksize) {
      futures.push(this._submit(TaskKind.StarMap, fn, [PyTuple.fromArray(calls.slice(start, start + chunksize))]));
    }
    const chunks = this._resultsInOrder(futures, options.timeout ?? null);
    return (function* () {
      for (const chunk of chunks as Iterable<unknown[]>) yield* chunk;
    })();
  }

  /** shutdown(wait=True, *, cancel_futures=False). */
  shutdown(wait: unknown = true, options: { cancel_futures?: unknown } = {}): void {
    this._shutdown_thread = true;
    if (options.cancel_futures) {
      for (const id of this._work_ids) {
        const item = this._pending_work_items.get(id);
        if (item?.future.cancel()) this._pending_work_items.delete(id);
      }
      this._work_ids = [];
    }
    this._safePoint();
    if (wait && this._owner !== null) this._waitUntil(() => this._stopped, Infinity);
  }

  // -- CPython's executor manager thread, at the owner's safe points --------------

  /** The first submit starts the workers (fork) and the manager. */
  private _start(): void {
    if (this._owner !== null) return;
    this._owner = new PoolOwner({
      processes: this._max_workers,
      initializer: this._initializer,
      initargs: this._initargs,
      maxtasks: null,
      wrapExceptions: true,
      catchAll: true,
      createWorker: () => new ForkProcess(),
      remoteTraceback: (text) => new _RemoteTraceback(text),
    });
    this._owner.repopulate(true);
    newThreadName();
    this._owner.addSource(this._calls());
    this._unhook = addSafePointHook(() => this._safePoint());
    // At exit CPython's threading shutdown lets the manager finish every pending call.
    this._unfinalize = addFinalizer(() => this.shutdown(true), 100);
  }

  /**
   * CPython's add_call_item_to_queue, run when the manager wakes: calls go out until
   * max_workers + 1 of them wait untaken in the call queue (a worker running a call
   * has taken it) or none is left; then nothing more until the next wake.
   */
  private *_calls(): Generator<Outgoing | null> {
    for (;;) {
      const room = this._fill && this._running - this._owner!.busyWorkers() < this._max_workers + 1;
      const id = room ? this._work_ids.shift() : undefined;
      if (id === undefined) {
        this._fill = false;
        yield null;
        continue;
      }
      const item = this._pending_work_items.get(id);
      if (!item) continue;
      if (!item.future.set_running_or_notify_cancel()) {
        this._pending_work_items.delete(id);
        continue;
      }
      this._running++;
      yield taskMessage(item.kind, id, 0, item.fn, item.rest);
    }
  }

  _safePoint(): void {
    if (this._owner === null || this._stopped) return;
    this._owner.pump();
    this._tick();
  }

  _waitUntil(ready: () => boolean, deadline: number): boolean {
    this._safePoint();
    if (ready() || this._owner === null) return ready();
    return this._owner.wait(ready, deadline, () => this._tick());
  }

  private _tick(): void {
    const owner = this._owner!;
    if (this._stopped) return;
    let woke = false;
    for (let item = owner.received.shift(); item; item = owner.received.shift()) {
      const work = this._pending_work_items.get(item.job);
      if (!work) continue;
      this._pending_work_items.delete(item.job);
      this._running--;
      woke = true;
      if (item.success) work.future.set_result(item.value);
      else work.future.set_exception(item.value);
    }
    if (woke && this._work_ids.length > 0) {
      this._fill = true;
      owner.pump();
    }
    if (owner.maintain(false).length > 0) return this._breakPool();
    if (this._shutdown_thread && this._pending_work_items.size === 0) this._stop(false);
  }

  /** CPython's terminate_broken: every pending future fails, the workers are terminated. */
  private _breakPool(): void {
    this._broken = "A child process terminated abruptly, the process pool is not usable anymore";
    this._shutdown_thread = true;
    const error = new BrokenProcessPool("A process in the process pool was terminated abruptly while the future was running or pending.");
    const pending = [...this._pending_work_items.values()];
    this._pending_work_items.clear();
    this._work_ids = [];
    for (const item of pending) item.future.set_exception(error);
    this._stop(true);
  }

  /** CPython's join_executor_internals: sentinels (or termination), then join the workers. */
  private _stop(terminate: boolean): void {
    this._stopped = true;
    this._unhook?.();
    this._unhook = null;
    this._unfinalize?.();
    this._unfinalize = null;
    const owner = this._owner!;
    if (terminate) return owner.terminateWorkers();
    owner.sendSentinels();
    owner.joinWorkers();
  }
}

// Its methods' Python signatures are in internal/libraryMethodSpecs.ts (multiprocessing/methodSignatures.ts attaches them).
