// The Python exceptions the process runtime raises, in one place.
// TODO(procs): builtins' exception classes (branch values-obj) have not landed yet.
// Until they do, these minimal stand-ins carry CPython's class names and message
// texts; when they land this file becomes re-exports of builtins' classes, so
// `except ValueError` in user code catches what the runtime raises.

export class BaseException extends Error {
  readonly args: unknown[];

  constructor(...args: unknown[]) {
    super(args.length === 0 ? "" : args.length === 1 ? String(args[0]) : String(args));
    this.args = args;
    this.name = new.target.name;
  }
}

export class Exception extends BaseException {}
export class ArithmeticError extends Exception {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {}
export class NameError extends Exception {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class OverflowError extends ArithmeticError {}

export class OSError extends Exception {
  readonly errno: number | null;

  constructor(...args: unknown[]) {
    // OSError(errno, strerror) prints as "[Errno 22] Invalid argument".
    super(...args);
    this.errno = typeof args[0] === "number" && args.length >= 2 ? args[0] : null;
    if (this.errno !== null) this.message = `[Errno ${this.errno}] ${String(args[1])}`;
  }
}

/** Python 2's IOError (an alias of OSError in Python 3). */
export class IOError extends OSError {}

export class SystemExit extends BaseException {
  /** Python's `SystemExit.code`: None, the single argument, or the args tuple. */
  get code(): unknown {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args;
  }
}

export class KeyboardInterrupt extends BaseException {}

/** `str(e)` for one of these exceptions. */
export function exceptionMessage(error: BaseException): string {
  return error.message;
}
