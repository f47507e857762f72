// Python's exception hierarchy (CPython Objects/exceptions.c) as classes extending
// BaseException, which extends Error so a raised Python exception is a thrown JS
// error with a stack. Classes carry Python's names (TypeError, SyntaxError shadow
// the JS globals on purpose, docs/architecture.md §4). Python 2 only names
// (StandardError, the py2 IOError/EnvironmentError) live in pyExceptions2.ts.

import { isPy2 } from "./dialect.js";
import { id } from "./object.js";
import { repr, str } from "./repr.js";
import { PyTuple } from "./tuple.js";
import { classBases, classMro, typeName } from "./types.js";

/** Exception classes the runtime defines (their repr is `<class 'X'>`, py2 `<type 'exceptions.X'>`). */
export const builtinExceptionClasses = new Set<Function>();

function builtin<C extends Function>(cls: C): C {
  builtinExceptionClasses.add(cls);
  // A writable data property, so a user exception may still assign `self.name`.
  Object.defineProperty((cls as any).prototype, "name", { value: cls.name, writable: true, configurable: true });
  return cls;
}

/**
 * The exceptions being handled, innermost last: an `except` block runs between
 * `handling(error)` and `handled()` (lowered as try/finally). sys.exc_info(),
 * logging.exception() and implicit chaining (__context__) read it.
 */
const handledExceptions: BaseException[] = [];

/** Entering an `except` block: `const e = handling(error)`. */
export function handling(error: unknown): BaseException {
  const exception = toPyException(error);
  handledExceptions.push(exception);
  return exception;
}

/** Leaving an `except` block (its `finally`). */
export function handled(): void {
  handledExceptions.pop();
}

/** sys.exc_info()[1]: the exception being handled, or null. */
export function currentException(): BaseException | null {
  return handledExceptions[handledExceptions.length - 1] ?? null;
}

export class BaseException extends Error {
  /** Python attributes are dynamic: any name may be set on an exception. */
  [name: string]: any;
  args: PyTuple;
  __cause__: BaseException | null = null;
  __context__: BaseException | null = null;
  __suppress_context__ = false;
  __traceback__: unknown = null;

  /**
   * BaseException.__new__ stores every constructor argument in `args`; then
   * `__init__` runs (a subclass's own, or the base one, which sets args again).
   */
  constructor(...args: any[]) {
    super();
    // Python 3 chains an exception raised while another is handled (raise time in
    // CPython; creation time here, the same place for `raise E(...)`).
    if (handledExceptions.length > 0 && !isPy2()) this.__context__ = handledExceptions[handledExceptions.length - 1]!;
    this.args = PyTuple.fromArray(args);
    const init = (this as any).__init__;
    if (init !== BaseException.prototype.__init__) init.apply(this, args);
  }

  static get __name__(): string {
    return this.name;
  }

  static get __qualname__(): string {
    return this.name;
  }

  static get __module__(): string {
    if (builtinExceptionClasses.has(this)) return isPy2() ? "exceptions" : "builtins";
    return "__main__";
  }

  static get __mro__(): PyTuple {
    return classMro(this);
  }

  static get __bases__(): PyTuple {
    return classBases(this);
  }

  get __class__(): Function {
    return this.constructor;
  }

  __init__(...args: any[]): any {
    this.args = PyTuple.fromArray(args);
    return null;
  }

  __str__(): any {
    const args = this.args;
    if (args.length === 0) return "";
    if (args.length === 1) return str(args[0]);
    return str(args);
  }

  /** Python 3: `ValueError('x')`; Python 2 shows the args tuple: `ValueError('x',)`. */
  __repr__(): any {
    const name = (this.constructor as typeof BaseException).__name__;
    if (isPy2()) return name + repr(this.args);
    return `${name}(${this.args.map((a) => repr(a)).join(", ")})`;
  }

  __eq__(other: any): any {
    return this === other;
  }

  __hash__(): any {
    return Math.floor(id(this) / 16);
  }

  with_traceback(_traceback: unknown): this {
    return this;
  }

  /**
   * Python 2's deprecated BaseException.message (args[0] when there is exactly one
   * argument). Under Python 3 it gives str(e), which is what JS tooling expects.
   */
  override get message(): string {
    const args = this.args as PyTuple | undefined; // undefined while Error() captures the stack
    if (args === undefined) return "";
    if (isPy2()) return args.length === 1 ? args[0] : "";
    return this.__str__();
  }

  override set message(value: string) {
    assignable(this, "message", value);
  }

  override toString(): string {
    const text = this.__str__();
    const name = (this.constructor as typeof BaseException).__name__;
    return text === "" ? name : `${name}: ${text}`;
  }
}
builtin(BaseException);

/** A read-only-looking attribute a subclass may still assign (`self.code = 2`). */
function assignable(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

export class SystemExit extends BaseException {
  get code(): unknown {
    const args = this.args;
    if (args.length === 0) return null;
    return args.length === 1 ? args[0] : args;
  }

  set code(value: unknown) {
    assignable(this, "code", value);
  }
}
builtin(SystemExit);
export class KeyboardInterrupt extends BaseException {}
builtin(KeyboardInterrupt);
export class GeneratorExit extends BaseException {}
builtin(GeneratorExit);

export class Exception extends BaseException {}
builtin(Exception);

/**
 * Python 2's StandardError sits between Exception and most built-in errors. It is
 * part of the chain in both dialects (a Python 3 program cannot name it); py3
 * `__mro__` leaves it out.
 */
export class StandardError extends Exception {}
builtin(StandardError);

/** Classes that exist only under Python 2 names (left out of a py3 `__mro__`); osErrors.ts adds its own. */
export const py2OnlyExceptions = new Set<Function>([StandardError]);

export class StopIteration extends Exception {
  get value(): unknown {
    return this.args.length > 0 ? this.args[0] : null;
  }

  set value(value: unknown) {
    assignable(this, "value", value);
  }
}
builtin(StopIteration);
export class StopAsyncIteration extends Exception {}
builtin(StopAsyncIteration);

export class ArithmeticError extends StandardError {}
builtin(ArithmeticError);
export class FloatingPointError extends ArithmeticError {}
builtin(FloatingPointError);
export class OverflowError extends ArithmeticError {}
builtin(OverflowError);
export class ZeroDivisionError extends ArithmeticError {}
builtin(ZeroDivisionError);
export class AssertionError extends StandardError {}
builtin(AssertionError);
export class AttributeError extends StandardError {}
builtin(AttributeError);
export class BufferError extends StandardError {}
builtin(BufferError);
export class EOFError extends StandardError {}
builtin(EOFError);
export class ImportError extends StandardError {}
builtin(ImportError);
export class ModuleNotFoundError extends ImportError {}
builtin(ModuleNotFoundError);
export class LookupError extends StandardError {}
builtin(LookupError);
export class IndexError extends LookupError {}
builtin(IndexError);

export class KeyError extends LookupError {
  /** str(KeyError(k)) is repr(k), so `KeyError: 'a'` shows the quotes. */
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}
builtin(KeyError);

export class MemoryError extends StandardError {}
builtin(MemoryError);
export class NameError extends StandardError {}
builtin(NameError);
export class UnboundLocalError extends NameError {}
builtin(UnboundLocalError);
export class ReferenceError extends StandardError {}
builtin(ReferenceError);
export class RuntimeError extends StandardError {}
builtin(RuntimeError);
export class NotImplementedError extends RuntimeError {}
builtin(NotImplementedError);
export class RecursionError extends RuntimeError {}
builtin(RecursionError);

export class SyntaxError extends StandardError {
  /** `SyntaxError('bad', ('f.py', 3, 4, 'x y'))` prints `bad (f.py, line 3)`. */
  override __str__(): string {
    const [msg, details] = this.args;
    if (this.args.length !== 2 || !(details instanceof Array) || details.length !== 4) return super.__str__();
    const [filename, lineno] = details;
    const where = [filename !== null ? String(filename).split("/").pop() : null, lineno !== null ? `line ${lineno}` : null];
    const shown = where.filter((w) => w !== null);
    return shown.length === 0 ? str(msg) : `${str(msg)} (${shown.join(", ")})`;
  }
}
builtin(SyntaxError);
export class IndentationError extends SyntaxError {}
builtin(IndentationError);
export class TabError extends IndentationError {}
builtin(TabError);
export class SystemError extends StandardError {}
builtin(SystemError);
export class TypeError extends StandardError {}
builtin(TypeError);
export class ValueError extends StandardError {}
builtin(ValueError);
export class UnicodeError extends ValueError {}
builtin(UnicodeError);

/** UnicodeDecodeError(encoding, object, start, end, reason). */
export class UnicodeDecodeError extends UnicodeError {
  override __str__(): string {
    const [encoding, object, start, end, reason] = this.args;
    if (this.args.length !== 5) return super.__str__();
    if (end === start + 1) {
      const data = (object as { data?: Uint8Array }).data;
      const byte = data !== undefined ? data[start]! : String(object).charCodeAt(start);
      return `'${encoding}' codec can't decode byte 0x${hex2(byte)} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
}
builtin(UnicodeDecodeError);

/** UnicodeEncodeError(encoding, object, start, end, reason). */
export class UnicodeEncodeError extends UnicodeError {
  override __str__(): string {
    const [encoding, object, start, end, reason] = this.args;
    if (this.args.length !== 5) return super.__str__();
    if (end === start + 1) {
      // The object is text (Python 2's a unicode value, shown with its u prefix); start counts code points.
      const text = (object as { isUnicode?: boolean } | null)?.isUnicode === true ? (object as { text: string }).text : String(object);
      const code = Array.from(text)[start]?.codePointAt(0) ?? 0;
      const shown = code <= 0xff ? `\\x${hex2(code)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
      return `'${encoding}' codec can't encode character ${isPy2() ? "u" : ""}'${shown}' in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
}
builtin(UnicodeEncodeError);
export class UnicodeTranslateError extends UnicodeError {}
builtin(UnicodeTranslateError);

function hex2(n: number): string {
  return hex(n, 2);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

export class Warning extends Exception {}
builtin(Warning);
export class UserWarning extends Warning {}
builtin(UserWarning);
export class DeprecationWarning extends Warning {}
builtin(DeprecationWarning);
export class PendingDeprecationWarning extends Warning {}
builtin(PendingDeprecationWarning);
export class SyntaxWarning extends Warning {}
builtin(SyntaxWarning);
export class RuntimeWarning extends Warning {}
builtin(RuntimeWarning);
export class FutureWarning extends Warning {}
builtin(FutureWarning);
export class ImportWarning extends Warning {}
builtin(ImportWarning);
export class UnicodeWarning extends Warning {}
builtin(UnicodeWarning);
export class BytesWarning extends Warning {}
builtin(BytesWarning);
export class ResourceWarning extends Warning {}
builtin(ResourceWarning);
export class EncodingWarning extends Warning {}
builtin(EncodingWarning);

/** Marks a builtin exception class defined in another module (osErrors.ts). */
export function registerBuiltinException<C extends Function>(cls: C): C {
  return builtin(cls);
}

/**
 * `raise value`: an exception class is instantiated, an instance is raised as is;
 * anything else is CPython's TypeError.
 */
export function asException(value: unknown): BaseException {
  if (value instanceof BaseException) return raisedHere(value, asException);
  return instantiated(value);
}

function instantiated(value: unknown): BaseException {
  if (typeof value === "function" && (value === BaseException || value.prototype instanceof BaseException)) {
    return new (value as typeof BaseException)();
  }
  throw new TypeError(
    isPy2()
      ? `exceptions must be old-style classes or derived from BaseException, not ${typeName(value)}`
      : "exceptions must derive from BaseException",
  );
}

/** `raise exc from cause` (Python 3): sets __cause__ (None clears it) and suppresses the context. */
export function withCause(exc: BaseException, cause: unknown): BaseException {
  if (cause === null || cause === undefined) exc.__cause__ = null;
  else if (cause instanceof BaseException || (typeof cause === "function" && cause.prototype instanceof BaseException)) {
    // The cause is not raised: it keeps the traceback it has (none if never caught).
    exc.__cause__ = cause instanceof BaseException ? cause : instantiated(cause);
  } else {
    throw new TypeError("exception causes must derive from BaseException");
  }
  exc.__suppress_context__ = true;
  return exc;
}

/**
 * Raises NameError for a name read before it is bound. Python 2 says "global name"
 * when a function body reads a missing module global.
 */
export function nameError(name: string, globalInFunction = false): never {
  throw new NameError(isPy2() && globalInFunction ? `global name '${name}' is not defined` : `name '${name}' is not defined`);
}

const JsRangeError = globalThis.RangeError;

/**
 * The Python exception for anything a `catch` received. A JavaScript stack
 * overflow is Python's recursion limit; any other JavaScript error escaping is a
 * py2ts-mp bug, surfaced as SystemError with the JavaScript message (its `cause`
 * keeps the original error and stack) rather than swallowed.
 */
export function toPyException(error: unknown): BaseException {
  if (error instanceof BaseException) {
    (error as { [caught]?: boolean })[caught] = true;
    return error;
  }
  if (error instanceof JsRangeError && /call stack/i.test(error.message)) {
    return isPy2() ? new RuntimeError("maximum recursion depth exceeded") : new RecursionError("maximum recursion depth exceeded");
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const internal = new SystemError(`py2ts-mp internal error: ${text}`);
  (internal as { cause?: unknown }).cause = error;
  return internal;
}

// What CPython keeps in __traceback__ is approximated by the JavaScript stack, which
// is captured where the exception object is created. That is where `raise E(...)`
// raises it, but not where `raise e` raises an object made or caught earlier (or
// where a pool's get() raises a task's exception decoded from its worker).

/** Set on an exception Python code caught: it has a traceback (a later `raise e` extends it under Python 3). */
const caught = Symbol("caught");
/** The stack an exception had before `raise e` raised it again (Python 3 prints those frames below the new ones). */
const earlier = Symbol("earlierStack");

export interface EarlierStack {
  readonly stack: string;
  readonly earlier: EarlierStack | undefined;
}

/**
 * Raising an existing exception object: its traceback starts here. Python 3 keeps
 * the frames it had when it was caught (below the new ones); Python 2's `raise e`
 * starts a new traceback. `above` is the runtime function whose frames are left out.
 */
export function raisedHere<E>(exc: E, above: Function = raisedHere): E {
  if (!(exc instanceof BaseException)) return exc;
  const record = exc as { [caught]?: boolean; [earlier]?: EarlierStack; stack?: string };
  const previous = !isPy2() && record[caught] === true ? { stack: String(record.stack ?? ""), earlier: record[earlier] } : undefined;
  Error.captureStackTrace(exc, above);
  record[earlier] = previous;
  return exc;
}

/** The stacks an exception had before it was raised again, newest first (see raisedHere). */
export function earlierStack(exc: unknown): EarlierStack | undefined {
  return exc instanceof BaseException ? (exc as { [earlier]?: EarlierStack })[earlier] : undefined;
}

/**
 * Whether CPython would print frames for `exc` as a chained exception: one that was
 * only created (a RemoteTraceback made a __cause__, `raise X from ValueError()`)
 * has no traceback. Every exception raised and then chained was caught first.
 */
export function hasTraceback(exc: unknown): boolean {
  return !(exc instanceof BaseException) || (exc as { [caught]?: boolean })[caught] === true;
}
