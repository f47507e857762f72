// concurrent.futures' executor-independent part (CPython's concurrent/futures/
// _base.py): Future, the exceptions, as_completed, wait, and Executor's map and
// context manager. A Future belongs to the executor that made it: waiting on it
// runs that executor's safe point, where results arrive and done-callbacks run
// (CPython runs them in the executor's manager thread).

import { checkArgumentCount } from "../../builtins/binding.js";
import { defineMethod } from "../../builtins/call.js";
import { Exception, raisedHere, RuntimeError, toPyException, TypeError, ValueError } from "../../builtins/exceptions.js";
import { TimeoutError } from "../../builtins/osErrors.js";
import { iter } from "../../builtins/iteration.js";
import { PyObject } from "../../builtins/object.js";
import { repr } from "../../builtins/repr.js";
import { PySet } from "../../builtins/set.js";
import { PyTuple } from "../../builtins/tuple.js";
import { typeName } from "../../builtins/types.js";
import { addressOf } from "../../builtins/object.js";
import { kShare, registerRuntimeClass, registerShareable, type ShareState } from "../../internal/codecRegistry.js";
import { writeAll } from "../../internal/fdWrite.js";
import { formatTraceback } from "../../internal/traceback.js";
import { deadlineAfter, HOOK_SLICE_MS, secondsUntil, sleepUntil } from "../../internal/wait.js";
import { refuseMissingLibraryMembers } from "../../internal/missingLibraryMembers.js";

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

const PENDING = "PENDING";
const RUNNING = "RUNNING";
const CANCELLED = "CANCELLED";
const CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED";
const FINISHED = "FINISHED";

const descriptions: Readonly<Record<string, string>> = {
  PENDING: "pending",
  RUNNING: "running",
  CANCELLED: "cancelled",
  CANCELLED_AND_NOTIFIED: "cancelled",
  FINISHED: "finished",
};

class FuturesException extends Exception {
  static override get __module__(): string {
    return "concurrent.futures._base";
  }
}

/** concurrent.futures.Error (_base.Error). */
export class Error extends FuturesException {}
export class CancelledError extends Error {}
export class InvalidStateError extends Error {}

/** concurrent.futures.BrokenExecutor. */
export class BrokenExecutor extends RuntimeError {
  static override get __module__(): string {
    return "concurrent.futures._base";
  }
}

for (const cls of [Error, CancelledError, InvalidStateError, BrokenExecutor]) registerRuntimeClass(`concurrent.futures.${cls.name}`, cls);

/** Since 3.11 concurrent.futures.TimeoutError is the builtin TimeoutError. */
export { TimeoutError };

/** The executor side of a future: where waiting for it makes progress. */
export interface FutureHost {
  _safePoint(): void;
  _waitUntil(ready: () => boolean, deadline: number): boolean;
}

/** Futures finished so far in this process: as_completed yields in this order. */
let finishedCount = 0;

export class Future extends PyObject {
  declare _state: string;
  declare _result: unknown;
  declare _exception: unknown;
  declare _done_callbacks: Array<(future: Future) => unknown>;
  declare _host: FutureHost | null;
  /** When it finished (or was cancelled), among this process's futures. */
  declare _finishedAt: number;

  static override get __module__(): string {
    return "concurrent.futures._base";
  }

  override __init__(): any {
    this._state = PENDING;
    this._result = null;
    this._exception = null;
    this._done_callbacks = [];
    this._host = null;
    this._finishedAt = Infinity;
    return null;
  }

  override __repr__(): any {
    const head = `<${(this.constructor as typeof PyObject).__name__} at ${addressOf(this)} state=${descriptions[this._state]}`;
    if (this._state !== FINISHED) return `${head}>`;
    // type(x).__name__ as CPython prints it: `int`, `str`, `NoneType`, not JavaScript's `number`.
    if (this._exception !== null) return `${head} raised ${typeName(this._exception)}>`;
    return `${head} returned ${typeName(this._result)}>`;
  }

  cancel(): boolean {
    if (this._state === RUNNING || this._state === FINISHED) return false;
    if (this._state === CANCELLED || this._state === CANCELLED_AND_NOTIFIED) return true;
    this._state = CANCELLED;
    this._finishedAt = finishedCount++;
    this._invoke_callbacks();
    return true;
  }

  cancelled(): boolean {
    return this._state === CANCELLED || this._state === CANCELLED_AND_NOTIFIED;
  }

  running(): boolean {
    this._host?._safePoint();
    return this._state === RUNNING;
  }

  done(): boolean {
    this._host?._safePoint();
    return this._isDone();
  }

  _isDone(): boolean {
    return this._state === CANCELLED || this._state === CANCELLED_AND_NOTIFIED || this._state === FINISHED;
  }

  add_done_callback(fn: (future: Future) => unknown): void {
    if (!this._isDone()) {
      this._done_callbacks.push(fn);
      return;
    }
    callDoneCallback(fn, this);
  }

  result(timeout: unknown = null): unknown {
    this._wait(timeout);
    if (this.cancelled()) throw new CancelledError();
    if (this._state !== FINISHED) throw new TimeoutError();
    if (this._exception !== null) throw raisedHere(this._exception);
    return this._result;
  }

  exception(timeout: unknown = null): unknown {
    this._wait(timeout);
    if (this.cancelled()) throw new CancelledError();
    if (this._state !== FINISHED) throw new TimeoutError();
    return this._exception;
  }

  private _wait(timeout: unknown): void {
    if (this._isDone()) return;
    waitForFutures([this], () => this._isDone(), deadlineAfter(seconds(timeout)));
  }

  set_running_or_notify_cancel(): boolean {
    if (this._state === CANCELLED) {
      this._state = CANCELLED_AND_NOTIFIED;
      return false;
    }
    if (this._state === PENDING) {
      this._state = RUNNING;
      return true;
    }
    throw new RuntimeError("Future in unexpected state");
  }

  set_result(result: unknown): void {
    this._finish(result, null);
  }

  set_exception(exception: unknown): void {
    this._finish(null, exception);
  }

  private _finish(result: unknown, exception: unknown): void {
    if (this._state === CANCELLED || this._state === CANCELLED_AND_NOTIFIED || this._state === FINISHED) {
      throw new InvalidStateError(`${this._state}: ${repr(this)}`);
    }
    this._result = result;
    this._exception = exception;
    this._state = FINISHED;
    this._finishedAt = finishedCount++;
    this._invoke_callbacks();
  }

  _invoke_callbacks(): void {
    for (const callback of this._done_callbacks) callDoneCallback(callback, this);
  }

  /** A forked child's copy (its executor's results never reach it); pickling refuses like a lock. */
  [kShare](): ShareState {
    const state = this._isDone() ? PyTuple.of(this._state, this._result, this._exception) : null;
    return { kind: "Future", typeName: "Future", buffers: [], state, refuse: () => new TypeError("cannot pickle '_thread.RLock' object") };
  }
}

registerShareable("Future", (_buffers, state) => {
  const copy = Object.create(Future.prototype) as Future;
  copy.__init__();
  if (state instanceof PyTuple && state.length === 3) Object.assign(copy, { _state: state[0], _result: state[1], _exception: state[2] });
  return copy;
});

function seconds(timeout: unknown): number | null {
  return timeout === null || timeout === undefined ? null : Number(timeout);
}

/**
 * CPython logs a callback's exception on the "concurrent.futures" logger
 * (LOGGER.exception): with logging unconfigured, the last-resort handler prints
 * the message and the traceback.
 */
function callDoneCallback(fn: (future: Future) => unknown, future: Future): void {
  try {
    checkArgumentCount(fn, 1);
    fn(future);
  } catch (error) {
    const exception = toPyException(error);
    if (!(exception instanceof Exception)) throw error;
    // LOGGER.exception's traceback starts at the frame that caught it, not at the program's outer frames.
    writeAll(2, `exception calling callback for ${repr(future)}\n${formatTraceback(exception, "main", new Error("handler"))}`);
  }
}

/**
 * Blocks until `ready()` or the deadline: through the futures' executor when they
 * share one (woken by its results), else in short sleeps that run every
 * executor's safe point.
 */
function waitForFutures(futures: readonly Future[], ready: () => boolean, deadline: number): boolean {
  const host = futures[0]?._host ?? null;
  if (host !== null && futures.every((f) => f._host === host || f._isDone())) return host._waitUntil(ready, deadline);
  for (;;) {
    if (ready()) return true;
    if (secondsUntil(deadline) === 0) return false;
    sleepUntil(Math.min(deadline, performance.now() + HOOK_SLICE_MS));
  }
}

/** Unique futures, in the order given (CPython makes a set). */
function futureSet(fs: unknown): Future[] {
  return [...new Set(Array.from(iter(fs) as Iterable<Future>))];
}

/** as_completed(fs, timeout=None): finished futures first, then each as it finishes. */
export function* as_completed(fs: unknown, timeout: unknown = null): Generator<Future> {
  const deadline = deadlineAfter(seconds(timeout));
  const all = futureSet(fs);
  const byFinish = (a: Future, b: Future): number => a._finishedAt - b._finishedAt;
  let pending = all.filter((f) => !f._isDone());
  yield* all.filter((f) => f._isDone()).sort(byFinish);
  while (pending.length > 0) {
    const finished = (): Future[] => pending.filter((f) => f._isDone());
    if (!waitForFutures(pending, () => finished().length > 0, deadline)) {
      throw new TimeoutError(`${pending.length} (of ${all.length}) futures unfinished`);
    }
    const done = finished().sort(byFinish);
    pending = pending.filter((f) => !f._isDone());
    yield* done;
  }
}

/** CPython's DoneAndNotDoneFutures namedtuple: (done, not_done). */
export class DoneAndNotDoneFutures extends PyTuple<PySet<Future>> {
  get done(): PySet<Future> {
    return this[0]!;
  }

  get not_done(): PySet<Future> {
    return this[1]!;
  }

  override __repr__(): string {
    return `DoneAndNotDoneFutures(done=${repr(this[0])}, not_done=${repr(this[1])})`;
  }
}

/** wait(fs, timeout=None, return_when=ALL_COMPLETED). */
export function wait(fs: unknown, timeout: unknown = null, return_when: unknown = ALL_COMPLETED): DoneAndNotDoneFutures {
  if (return_when !== FIRST_COMPLETED && return_when !== FIRST_EXCEPTION && return_when !== ALL_COMPLETED) {
    throw new ValueError(`Invalid return condition: ${repr(return_when)}`);
  }
  const all = futureSet(fs);
  const failed = (f: Future): boolean => f._state === FINISHED && f._exception !== null;
  const satisfied = (): boolean => {
    const done = all.filter((f) => f._isDone());
    if (done.length === all.length) return true;
    if (return_when === FIRST_COMPLETED) return done.length > 0;
    return return_when === FIRST_EXCEPTION && done.some(failed);
  };
  waitForFutures(all, satisfied, deadlineAfter(seconds(timeout)));
  const result = new DoneAndNotDoneFutures();
  result.push(PySet.fromIterable(all.filter((f) => f._isDone())), PySet.fromIterable(all.filter((f) => !f._isDone())));
  return result;
}

/** concurrent.futures.Executor: map over submit, and the context manager. */
export abstract class Executor extends PyObject {
  static override get __module__(): string {
    return "concurrent.futures._base";
  }

  abstract submit(fn: unknown, ...args: unknown[]): Future;

  abstract shutdown(wait?: unknown, options?: { cancel_futures?: unknown }): void;

  /**
   * Executor.map(fn, *iterables, timeout=None, chunksize=1) over `calls`: every
   * call is submitted now; results come in order, and leaving early cancels the rest.
   */
  protected _resultsInOrder(futures: Future[], timeout: unknown): Generator<unknown> {
    const deadline = deadlineAfter(seconds(timeout));
    return (function* () {
      let next = 0;
      try {
        for (; next < futures.length; next++) {
          const future = futures[next]!;
          try {
            yield future.result(deadline === Infinity ? null : secondsUntil(deadline));
          } finally {
            future.cancel();
          }
        }
      } finally {
        for (let i = next + 1; i < futures.length; i++) futures[i]!.cancel();
      }
    })();
  }

  __enter__(): this {
    return this;
  }

  __exit__(): boolean {
    this.shutdown(true);
    return false;
  }
}

defineMethod(Future.prototype.result, "Future.result(self, timeout=)");
defineMethod(Future.prototype.exception, "Future.exception(self, timeout=)");
defineMethod(Future.prototype.add_done_callback, "Future.add_done_callback(self, fn)");
refuseMissingLibraryMembers(Future, Executor);
