// What a log record needs from the rest of the runtime, behind small hooks so the
// logging module imports neither multiprocessing nor the traceback machinery:
// the current process and thread (%(processName)s, %(process)d, %(thread)d,
// %(threadName)s), the caller's line and function (%(lineno)d, %(funcName)s),
// the exception being handled (sys.exc_info(), for exception() and exc_info=True)
// and its traceback text. A hook that is not wired makes the record field that
// needs it a clear NotImplementedError, never a made-up value.

import { isMainThread } from "node:worker_threads";
import { unsupported } from "../random/unsupported.js";

export interface ProcessIdentity {
  /** multiprocessing.current_process().name */
  readonly name: string;
  /** os.getpid() */
  readonly pid: number;
}

export interface ThreadIdentity {
  /** threading.get_ident() */
  readonly ident: number;
  /** threading.current_thread().name */
  readonly name: string;
}

export interface CallerLocation {
  /** The Python line of the logging call. */
  readonly lineno: number;
  /** co_name of the calling function: "<module>" at module level. */
  readonly funcName: string;
}

export interface LoggingHooks {
  processIdentity(): ProcessIdentity;
  threadIdentity(): ThreadIdentity;
  /**
   * Maps the JavaScript stack captured in `stack` (inside the logging call) to
   * the Python caller: skip runtime frames, then `stacklevel - 1` more Python frames.
   */
  locateCaller(stack: Error, stacklevel: number): CallerLocation;
  /** sys.exc_info()[1]: the exception being handled, or null outside `except`. */
  handledException(): unknown;
  /** traceback.print_exception's text for an exception (its trailing newline included). */
  formatException(exception: unknown): string;
}

const defaults: LoggingHooks = {
  processIdentity: () =>
    isMainThread ? { name: "MainProcess", pid: process.pid } : unsupported("%(processName)s/%(process)d in a child process until multiprocessing wires logging's processIdentity hook"),
  threadIdentity: () => unsupported("%(thread)d/%(threadName)s until threading wires logging's threadIdentity hook"),
  locateCaller: () => unsupported("%(lineno)d/%(funcName)s until the source-map machinery wires logging's locateCaller hook"),
  handledException: () => unsupported("exc_info=True/exception() until the runtime wires logging's handledException hook (sys.exc_info())"),
  formatException: () => unsupported("exception tracebacks in log records until the traceback machinery wires logging's formatException hook"),
};

const hooks: LoggingHooks = { ...defaults };

/** Wires some of the hooks (the multiprocessing, threading and traceback runtimes call this at load). */
export function setLoggingHooks(partial: Partial<LoggingHooks>): void {
  Object.assign(hooks, partial);
}

export function loggingHooks(): LoggingHooks {
  return hooks;
}
