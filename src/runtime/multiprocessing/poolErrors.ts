// The exceptions a pool adds to its tasks' own, with CPython's classes and texts:
// RemoteTraceback (the worker's traceback, made the __cause__ of a re-raised task
// exception under Python 3), MaybeEncodingError (a result that cannot be sent),
// the pickling errors CPython raises for functions that cannot travel by name, and
// the report CPython's result-handler thread prints when a callback raises.

import { isPy2 } from "../builtins/dialect.js";
import { BaseException, Exception, TypeError } from "../builtins/exceptions.js";
import { repr, str } from "../builtins/repr.js";
import { typeName } from "../builtins/types.js";
import { registerRuntimeClass } from "../internal/codecRegistry.js";
import { writeAll } from "../internal/fdWrite.js";
import { registerProcessReset } from "../internal/forkState.js";
import { formatTraceback } from "../internal/traceback.js";
import { ProcessError } from "./errors.js";

/** multiprocessing.pool.RemoteTraceback: its str() is the worker's traceback text. */
export class RemoteTraceback extends Exception {
  static override get __module__(): string {
    return "multiprocessing.pool";
  }

  constructor(tb: string) {
    super(tb);
    this.tb = tb;
  }

  override __str__(): any {
    return this.tb;
  }
}

/** multiprocessing.pool.MaybeEncodingError: a task's result (or exception) could not be sent. */
export class MaybeEncodingError extends Exception {
  static override get __module__(): string {
    return "multiprocessing.pool";
  }

  override __init__(exc: unknown, value: unknown): any {
    this.exc = repr(exc);
    this.value = repr(value);
    return super.__init__(this.exc, this.value);
  }

  override __str__(): any {
    return `Error sending result: '${this.value as string}'. Reason: '${this.exc as string}'`;
  }

  override __repr__(): any {
    return `<${isPy2() ? "MaybeEncodingError" : (this.constructor as typeof BaseException).__name__}: ${str(this)}>`;
  }
}

/** pickle.PicklingError (_pickle's under Python 3, cPickle's under Python 2). */
export class PicklingError extends Exception {
  static override get __module__(): string {
    return isPy2() ? "cPickle" : "_pickle";
  }
}

registerRuntimeClass("multiprocessing.pool.RemoteTraceback", RemoteTraceback);
registerRuntimeClass("multiprocessing.pool.MaybeEncodingError", MaybeEncodingError);
registerRuntimeClass("pickle.PicklingError", PicklingError);

/**
 * CPython's TypeError for `func(*args, **kwds)` with a bad `args` or `kwds`:
 * "__main__.g() argument after * must be an iterable, not int" (Python 2: "g()").
 */
export function badStarArgument(fn: unknown, stars: "*" | "**", value: unknown): TypeError {
  const qualname = (fn as { __qualname__?: unknown } | null)?.__qualname__;
  const name = typeof qualname === "string" ? qualname : typeof fn === "function" ? fn.name || "<lambda>" : "function";
  const shown = isPy2() ? name.split(".").pop()! : `__main__.${name}`;
  const expected = stars === "*" ? "an iterable" : "a mapping";
  return new TypeError(`${shown}() argument after ${stars} must be ${expected}, not ${typeName(value)}`);
}

/** A task whose worker died (CPython would wait for it forever). */
export function workerDied(workerName: string, pid: number | null, exitcode: number | null): ProcessError {
  return new ProcessError(
    `the pool worker ${workerName} (pid ${pid ?? "?"}) ended with exit code ${exitcode ?? "?"} while running this task; ` +
      "py2ts-mp fails the task where CPython would wait for it forever",
  );
}

/** How many threads this process has named (threading's _counter). TODO(threading): share threading's counter. */
let threadCounter = 0;
registerProcessReset("multiprocessing.pool.threads", () => (threadCounter = 0));

/** CPython's threading._newname: "Thread-N" for the next unnamed thread. */
export function newThreadName(): string {
  return `Thread-${++threadCounter}`;
}

/**
 * What CPython prints when a callback raises in the result-handler thread
 * (threading's excepthook): "Exception in thread Thread-3 (_handle_results):"
 * and the traceback; Python 2 names the thread only and adds an empty line.
 */
export function reportThreadException(threadName: string, target: string, error: unknown): void {
  writeAll(2, threadExceptionText(threadName, target, error));
}

/** The report's text. Call it where the error is caught: the frames from there outwards are cut. */
export function threadExceptionText(threadName: string, target: string, error: unknown): string {
  const header = isPy2() ? `Exception in thread ${threadName}:` : `Exception in thread ${threadName} (${target}):`;
  // The traceback starts at the handler, as in CPython's thread: the main process's
  // frames that were running when the callback ran here (a sleep, a join) are not its.
  return `${header}\n${formatTraceback(error, "main", new Error("handler"))}${isPy2() ? "\n" : ""}`;
}
