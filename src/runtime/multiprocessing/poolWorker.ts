// A pool's worker process (CPython's multiprocessing.pool.worker and
// concurrent.futures.process._process_worker): a daemonic Process started at
// Pool() with the owner's state at that moment (fork semantics), which takes task
// messages from the pool channel, runs them and sends back each result or
// exception. Its class is ForkProcess under Python 3 (named ForkPoolWorker-N by
// the Pool) and Process under Python 2 (PoolWorker-N), as CPython's workers are.

import { checkArgumentCount } from "../builtins/binding.js";
import { call } from "../builtins/call.js";
import { PyDict } from "../builtins/dict.js";
import { AssertionError, BaseException, Exception, TypeError, toPyException } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { repr } from "../builtins/repr.js";
import { pyIterator } from "../builtins/iterProtocol.js";
import { PyTuple } from "../builtins/tuple.js";
import { decode, encode } from "../internal/codec.js";
import { isClass } from "../internal/codecFormat.js";
import { registerRuntimeClass } from "../internal/codecRegistry.js";
import { writeAll } from "../internal/fdWrite.js";
import { getPid } from "../internal/identity.js";
import { kPoolWorkerBusy, kPoolWorkerIndex, kPoolWorkerJob, kPoolWorkerRow } from "../internal/symbols.js";
import { formatTraceback } from "../internal/traceback.js";
import { callTarget } from "./callTarget.js";
import { frameBody, frameIndex, frameJob, frameKind, message, putResult, takeTask, type Message, type PoolChannel } from "./poolChannel.js";
import { badStarArgument, MaybeEncodingError } from "./poolErrors.js";
import { isPacked, pack, packingOf, unpack } from "./poolPacking.js";
import { Process } from "./process.js";

/** Kinds of task messages (owner -> worker). */
export const enum TaskKind {
  /** No more work: the worker exits. */
  Sentinel = 0,
  /** [func, args, kwds]: func(*args, **kwds). */
  Apply = 1,
  /** [func, items]: [func(x) for x in items] (CPython's mapstar). */
  Map = 2,
  /** [func, items]: [func(*x) for x in items] (starmapstar; the executor's _process_chunk). */
  StarMap = 3,
}

/** Kinds of result messages (worker -> owner). */
export const enum ResultKind {
  /** The body is the exception, or [exception, remote traceback text] when wrapped. */
  Failure = 0,
  Success = 1,
}

/** What a worker is started with (CPython's worker() arguments). */
export interface PoolWorkerArgs {
  readonly channel: PoolChannel;
  /** The worker's row in the channel's worker table. */
  readonly place: number;
  readonly initializer: Function | null;
  readonly initargs: unknown;
  readonly maxtasks: number | null;
  /** Python 3: send the exception with its traceback text (CPython's ExceptionWithTraceback). */
  readonly wrapExceptions: boolean;
  /** Report any BaseException a task raises (concurrent.futures), not only Exception (Pool). */
  readonly catchAll: boolean;
}

/** A Python 3 pool worker: multiprocessing.context.ForkProcess. */
export class ForkProcess extends Process {
  declare _pool_worker?: PoolWorkerArgs;

  override run(): void {
    if (this._pool_worker) runWorker(this._pool_worker);
    else super.run();
  }
}

/** A Python 2 pool worker: a plain multiprocessing.Process (its class name is what reprs show). */
export const Py2PoolProcess: typeof ForkProcess = class Process extends ForkProcess {};

registerRuntimeClass("multiprocessing.context.ForkProcess", ForkProcess);
registerRuntimeClass("multiprocessing.pool.Process", Py2PoolProcess);

/** CPython's worker(): initializer, then tasks until a sentinel or maxtasks. */
function runWorker(args: PoolWorkerArgs): void {
  const { channel, maxtasks } = args;
  if (maxtasks !== null && !(Number.isInteger(maxtasks) && maxtasks >= 1)) {
    throw new AssertionError(`Maxtasks ${repr(maxtasks)} is not valid`);
  }
  if (args.initializer !== null) {
    try {
      callTarget(args.initializer, argumentTuple(args.initializer, args.initargs), new PyDict());
    } catch (error) {
      // A Pool worker dies of it (and is replaced); an executor's logs it and ends, breaking the executor.
      if (!args.catchAll) throw error;
      writeAll(2, `Exception in initializer:\n${formatTraceback(toPyException(error))}`);
      return;
    }
  }
  const me = getPid();
  const row = args.place * kPoolWorkerRow;
  for (let completed = 0; maxtasks === null || completed < maxtasks; completed++) {
    const payload = takeTask(channel, me);
    const kind = frameKind(payload);
    if (kind === TaskKind.Sentinel) break;
    const job = frameJob(payload);
    const index = frameIndex(payload);
    Atomics.store(channel.workers, row + kPoolWorkerJob, job);
    Atomics.store(channel.workers, row + kPoolWorkerIndex, index);
    Atomics.store(channel.workers, row + kPoolWorkerBusy, 1);
    putResult(channel, me, resultMessage(kind, job, index, frameBody(payload), args));
    Atomics.store(channel.workers, row + kPoolWorkerBusy, 0);
  }
}

/** Runs one task and encodes what it gave, as CPython's worker puts (job, i, (success, value)). */
function resultMessage(kind: TaskKind, job: number, index: number, body: Uint8Array, args: PoolWorkerArgs): Message {
  const wrap = args.wrapExceptions;
  let success = true;
  let value: unknown;
  try {
    value = runTask(kind, body);
  } catch (error) {
    const exception = toPyException(error);
    // A Pool worker catches Exception only: SystemExit, KeyboardInterrupt end it.
    if (!args.catchAll && !(exception instanceof Exception)) throw error;
    success = false;
    value = sendableException(exception, wrap);
  }
  try {
    // A map chunk's numbers go back packed like they came (poolPacking.ts).
    const packing = success && kind === TaskKind.Map ? packingOf(value as unknown[]) : null;
    if (packing !== null) return message(ResultKind.Success, job, index, pack(packing, null, value as number[]));
    return message(success ? ResultKind.Success : ResultKind.Failure, job, index, encode(value, "message").bytes);
  } catch (error) {
    const wrapped = new MaybeEncodingError(toPyException(error), success ? value : exceptionOf(value));
    return message(ResultKind.Failure, job, index, encode(sendableException(wrapped, false), "message").bytes);
  }
}

function runTask(kind: TaskKind, body: Uint8Array): unknown {
  if (kind === TaskKind.Map && isPacked(body)) {
    const { prefix, numbers } = unpack(body);
    const func = invocable(prefix);
    // Every item is one argument: the count is checked once, as the first call would fail.
    if (numbers.length > 0) checkArgumentCount(prefix, 1);
    const results = new PyList<unknown>();
    results.length = numbers.length;
    for (let i = 0; i < numbers.length; i++) results[i] = func(numbers[i]);
    return results;
  }
  const task = decode(body, []) as unknown[];
  const func = invocable(task[0]);
  switch (kind) {
    case TaskKind.Apply: {
      const kwds = task[2] ?? null;
      if (kwds !== null && !(kwds instanceof PyDict)) throw badStarArgument(func, "**", kwds);
      return callTarget(task[0] as Function, argumentTuple(func, task[1]), kwds ?? new PyDict());
    }
    case TaskKind.Map: {
      const items = task[1] as unknown[];
      if (items.length > 0) checkArgumentCount(task[0], 1);
      const results = new PyList<unknown>();
      for (const item of items) results.push(func(item));
      return results;
    }
    case TaskKind.StarMap: {
      const items = task[1] as unknown[];
      const results = new PyList<unknown>();
      for (const item of items) {
        const args = starmapArguments(item);
        checkArgumentCount(task[0], args.length);
        results.push(func(...args));
      }
      return results;
    }
    default:
      throw new TypeError(`unknown pool task kind ${kind as number}`);
  }
}

/** How a task's function is called: a class is instantiated (`pool.map(Box, xs)`), any other callable called. */
function invocable(func: unknown): (...args: unknown[]) => unknown {
  if (typeof func === "function" && !isClass(func)) return func as (...args: unknown[]) => unknown;
  return (...args) => call(func, ...args);
}

/** `func(*args)`: any iterable spreads; CPython's TypeError otherwise. */
function argumentTuple(func: unknown, args: unknown): PyTuple<unknown> {
  if (args instanceof PyTuple) return args;
  if (typeof args === "string") return PyTuple.fromIterable(args);
  if (args === null || args === undefined || typeof (args as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw badStarArgument(func, "*", args);
  }
  return PyTuple.fromIterable(args as Iterable<unknown>);
}

/**
 * One starmap item as arguments: CPython's starmapstar runs
 * itertools.starmap, whose error for a non-iterable item is iter()'s
 * ("'int' object is not iterable"), not the call's "argument after *".
 */
export function starmapArguments(item: unknown): PyTuple<unknown> {
  if (item instanceof PyTuple) return item;
  const items = pyIterator(item);
  return PyTuple.fromIterable({ [Symbol.iterator]: () => items });
}

/**
 * The exception as it travels: like a pickled one it carries its class and
 * attributes but not its cause and context; under Python 3 its traceback text
 * goes beside it (CPython's ExceptionWithTraceback: the owner makes it the
 * __cause__ RemoteTraceback).
 */
function sendableException(exception: BaseException, wrap: boolean): unknown {
  const text = wrap ? `\n"""\n${formatTraceback(exception)}"""` : null;
  exception.__cause__ = null;
  exception.__context__ = null;
  exception.__suppress_context__ = false;
  return text === null ? exception : PyTuple.of(exception, text);
}

function exceptionOf(value: unknown): unknown {
  return value instanceof PyTuple ? value[0] : value;
}
