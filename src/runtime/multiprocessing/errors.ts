// multiprocessing's exception classes (CPython's multiprocessing/context.py), and
// BrokenBarrierError, which CPython's multiprocessing takes from threading.

import { registerRuntimeClass } from "../internal/codecRegistry.js";
import { Exception, RuntimeError } from "../internal/pyErrors.js";

export class ProcessError extends Exception {}
export class BufferTooShort extends ProcessError {}
export class TimeoutError extends ProcessError {}
export class AuthenticationError extends ProcessError {}

/** threading.BrokenBarrierError (the threading module re-exports this class). */
export class BrokenBarrierError extends RuntimeError {}

for (const cls of [ProcessError, BufferTooShort, TimeoutError, AuthenticationError, BrokenBarrierError]) {
  registerRuntimeClass(`multiprocessing.${cls.name}`, cls);
}
