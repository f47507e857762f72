// multiprocessing's exception classes (CPython's multiprocessing/context.py), and
// BrokenBarrierError, which CPython's multiprocessing takes from threading.

import { isPy2 } from "../builtins/dialect.js";
import { registerRuntimeClass } from "../internal/codecRegistry.js";
import { Exception, RuntimeError } from "../builtins/exceptions.js";

export class ProcessError extends Exception {
  /** Python 2.7 defines them in multiprocessing/__init__.py. */
  static override get __module__(): string {
    return isPy2() ? "multiprocessing" : "multiprocessing.context";
  }
}
export class BufferTooShort extends ProcessError {}
export class TimeoutError extends ProcessError {}
export class AuthenticationError extends ProcessError {}

/** threading.BrokenBarrierError (the threading module re-exports this class). */
export class BrokenBarrierError extends RuntimeError {
  static override get __module__(): string {
    return "threading";
  }
}

for (const cls of [ProcessError, BufferTooShort, TimeoutError, AuthenticationError, BrokenBarrierError]) {
  registerRuntimeClass(`multiprocessing.${cls.name}`, cls);
}
