// Python's exception hierarchy (CPython Objects/exceptions.c) as classes extending
// BaseException, which extends Error so a raised Python exception is a thrown JS
// error with a stack. Classes carry Python's names (TypeError, SyntaxError shadow
// the JS globals on purpose, docs/architecture.md §4). Python 2 only names
// (StandardError, the py2 IOError/EnvironmentError) live in pyExceptions2.ts.

import { isPy2 } from "./dialect.js";
import { id } from "./object.js";
import { repr, str } from "./repr.js";
import { PyTuple } from "./tuple.js";

/** Exception classes the runtime defines (their repr is `<class 'X'>`, py2 `<type 'exceptions.X'>`). */
export const builtinExceptionClasses = new Set<Function>();

function builtin<C extends Function>(cls: C): C {
  builtinExceptionClasses.add(cls);
  // A writable data property, so a user exception may still assign `self.name`.
  Object.defineProperty((cls as any).prototype, "name", { value: cls.name, writable: true, configurable: true });
  return cls;
}

export class BaseException extends Error {
  args: PyTuple;
  __cause__: BaseException | null = null;
  __context__: BaseException | null = null;
  __suppress_context__ = false;
  __traceback__: unknown = null;

  /** BaseException.__new__ stores every constructor argument in `args`. */
  constructor(...args: any[]) {
    super();
    this.args = PyTuple.fromArray(args);
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

  get __class__(): Function {
    return this.constructor;
  }

  __init__(...args: any[]): null {
    this.args = PyTuple.fromArray(args);
    return null;
  }

  __str__(): string {
    const args = this.args;
    if (args.length === 0) return "";
    if (args.length === 1) return str(args[0]);
    return str(args);
  }

  /** Python 3: `ValueError('x')`; Python 2 shows the args tuple: `ValueError('x',)`. */
  __repr__(): string {
    const name = (this.constructor as typeof BaseException).__name__;
    if (isPy2()) return name + repr(this.args);
    return `${name}(${this.args.map((a) => repr(a)).join(", ")})`;
  }

  __eq__(other: unknown): boolean {
    return this === other;
  }

  __hash__(): number {
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
    Object.defineProperty(this, "message", { value, writable: true, enumerable: true, configurable: true });
  }

  override toString(): string {
    const text = this.__str__();
    const name = (this.constructor as typeof BaseException).__name__;
    return text === "" ? name : `${name}: ${text}`;
  }
}
builtin(BaseException);

export class SystemExit extends BaseException {
  get code(): unknown {
    const args = this.args;
    if (args.length === 0) return null;
    return args.length === 1 ? args[0] : args;
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
      const byte = (object as { at(i: number): number }).at(start);
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
      const code = String(object).codePointAt(start) ?? 0;
      const shown = code <= 0xff ? `\\x${hex2(code)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
      return `'${encoding}' codec can't encode character '${shown}' in position ${start}: ${reason}`;
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
