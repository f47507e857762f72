// OSError and its family. The two dialects differ: Python 2 has EnvironmentError
// with distinct IOError and OSError subclasses; Python 3 has one OSError (IOError
// and EnvironmentError are aliases) that picks a subclass from errno
// (`OSError(2, 'x')` is a FileNotFoundError). `IOError` and `EnvironmentError` are
// live bindings that follow the dialect.

import { onDialectChange, isPy2 } from "./dialect.js";
import { py2OnlyExceptions, registerBuiltinException, StandardError } from "./exceptions.js";
import { repr, str } from "./repr.js";
import { PyTuple } from "./tuple.js";

/** Python 2's EnvironmentError; in Python 3 it only appears as the hidden base of OSError. */
class EnvironmentError2 extends StandardError {
  // Set by _parseArgs from BaseException's constructor (which runs __init__), so no initialisers here.
  declare errno: unknown;
  declare strerror: unknown;
  declare filename: unknown;
  declare filename2: unknown;
  /** Python 2 prints a filename given as None (`[Errno 2] x: None`); Python 3 does not. */
  declare private _showFilename: boolean;

  constructor(...args: any[]) {
    super(...args);
    // A subclass __init__ that never called ours still gets OSError's attributes.
    if (this._showFilename === undefined) this._parseArgs(args);
  }

  override __init__(...args: any[]): any {
    super.__init__(...args);
    this._parseArgs(args);
    return null;
  }

  /** CPython EnvironmentError_init (py2) / oserror_init (py3). */
  private _parseArgs(args: any[]): void {
    this.errno = this.strerror = this.filename = this.filename2 = null;
    this._showFilename = false;
    if (isPy2()) {
      if (args.length < 2 || args.length > 3) return;
      this.errno = args[0];
      this.strerror = args[1];
      if (args.length === 3) {
        this.filename = args[2];
        this._showFilename = true;
        this.args = PyTuple.of(args[0], args[1]);
      }
      return;
    }
    if (args.length < 2 || args.length > 5) return;
    this.errno = args[0];
    this.strerror = args[1];
    if (args.length >= 3) this.filename = args[2];
    if (args.length === 5) this.filename2 = args[4];
    if (this.filename !== null) {
      this._showFilename = true;
      this.args = PyTuple.of(args[0], args[1]);
    }
  }

  /** `[Errno 2] No such file or directory: 'f.txt'`. */
  override __str__(): string {
    if (this._showFilename) {
      const head = `[Errno ${str(this.errno)}] ${str(this.strerror)}: ${repr(this.filename)}`;
      return this.filename2 !== null && !isPy2() ? `${head} -> ${repr(this.filename2)}` : head;
    }
    if (this.errno !== null && this.strerror !== null) return `[Errno ${str(this.errno)}] ${str(this.strerror)}`;
    return super.__str__();
  }
}
Object.defineProperty(EnvironmentError2, "name", { value: "EnvironmentError" });
registerBuiltinException(EnvironmentError2);

/** Python 3 picks the OSError subclass from errno (CPython errnomap, Linux numbers). */
const errnoSubclass = new Map<number, () => typeof OSError>();

export class OSError extends EnvironmentError2 {
  constructor(...args: any[]) {
    super(...args);
    if (!isPy2() && new.target === OSError && args.length >= 2 && typeof args[0] === "number") {
      const subclass = errnoSubclass.get(args[0]);
      if (subclass !== undefined) return new (subclass())(...args);
    }
  }
}
registerBuiltinException(OSError);

/** Python 2's IOError (a sibling of OSError). */
class IOError2 extends EnvironmentError2 {}
Object.defineProperty(IOError2, "name", { value: "IOError" });
registerBuiltinException(IOError2);

export let IOError: typeof EnvironmentError2 = OSError;
export let EnvironmentError: typeof EnvironmentError2 = OSError;
onDialectChange((dialect) => {
  IOError = dialect === "py2" ? IOError2 : OSError;
  EnvironmentError = dialect === "py2" ? EnvironmentError2 : OSError;
});

py2OnlyExceptions.add(EnvironmentError2);
py2OnlyExceptions.add(IOError2);

export class BlockingIOError extends OSError {}
registerBuiltinException(BlockingIOError);
export class ChildProcessError extends OSError {}
registerBuiltinException(ChildProcessError);
export class ConnectionError extends OSError {}
registerBuiltinException(ConnectionError);
export class BrokenPipeError extends ConnectionError {}
registerBuiltinException(BrokenPipeError);
export class ConnectionAbortedError extends ConnectionError {}
registerBuiltinException(ConnectionAbortedError);
export class ConnectionRefusedError extends ConnectionError {}
registerBuiltinException(ConnectionRefusedError);
export class ConnectionResetError extends ConnectionError {}
registerBuiltinException(ConnectionResetError);
export class FileExistsError extends OSError {}
registerBuiltinException(FileExistsError);
export class FileNotFoundError extends OSError {}
registerBuiltinException(FileNotFoundError);
export class InterruptedError extends OSError {}
registerBuiltinException(InterruptedError);
export class IsADirectoryError extends OSError {}
registerBuiltinException(IsADirectoryError);
export class NotADirectoryError extends OSError {}
registerBuiltinException(NotADirectoryError);
export class PermissionError extends OSError {}
registerBuiltinException(PermissionError);
export class ProcessLookupError extends OSError {}
registerBuiltinException(ProcessLookupError);
export class TimeoutError extends OSError {}
registerBuiltinException(TimeoutError);

const ERRNO_CLASSES: Array<[number[], () => typeof OSError]> = [
  [[11, 114, 115], () => BlockingIOError], // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
  [[10], () => ChildProcessError], // ECHILD
  [[32, 108], () => BrokenPipeError], // EPIPE, ESHUTDOWN
  [[103], () => ConnectionAbortedError], // ECONNABORTED
  [[111], () => ConnectionRefusedError], // ECONNREFUSED
  [[104], () => ConnectionResetError], // ECONNRESET
  [[17], () => FileExistsError], // EEXIST
  [[2], () => FileNotFoundError], // ENOENT
  [[21], () => IsADirectoryError], // EISDIR
  [[20], () => NotADirectoryError], // ENOTDIR
  [[4], () => InterruptedError], // EINTR
  [[13, 1], () => PermissionError], // EACCES, EPERM
  [[3], () => ProcessLookupError], // ESRCH
  [[110], () => TimeoutError], // ETIMEDOUT
];
for (const [numbers, cls] of ERRNO_CLASSES) for (const n of numbers) errnoSubclass.set(n, cls);
