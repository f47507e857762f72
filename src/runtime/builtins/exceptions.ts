// Python's exception classes (minimal set used by the number and string builtins).
// values-obj owns this file and extends it with the full hierarchy; every class
// extends BaseException, which extends Error so a JavaScript stack is kept.
// Constructors take Python's positional arguments: `new ValueError("message")`.

import { PyTuple } from "./tuple.js";
import { isPy2 } from "./dialect.js";
import { repr, str } from "./repr.js";

export class BaseException extends Error {
  /** Python's `args`: the constructor arguments as a tuple. */
  args: PyTuple<unknown>;

  constructor(...args: unknown[]) {
    super();
    this.args = PyTuple.of(...args);
    this.name = new.target.name;
  }

  // Error.message is read by Node when it prints an uncaught error; keep it the
  // Python text so internal crashes stay readable.
  override get message(): string {
    return this.__str__();
  }
  override set message(_value: string) {}

  __str__(): string {
    if (this.args.length === 0) return "";
    if (this.args.length === 1) return str(this.args[0]);
    return repr(this.args);
  }

  // Python 3: ValueError('x'); Python 2 shows the args tuple: ValueError('x',).
  __repr__(): string {
    if (!isPy2() && this.args.length === 1) return `${this.name}(${repr(this.args[0])})`;
    return this.name + repr(this.args);
  }
}

export class Exception extends BaseException {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class ValueError extends Exception {}
export class TypeError extends Exception {}
export class AttributeError extends Exception {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}

export class KeyError extends LookupError {
  // CPython: str(KeyError('a')) is "'a'" (the key's repr), so a missing key reads clearly.
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}

export class SystemExit extends BaseException {
  /** The exit status or message: args[0], or None without arguments. */
  get code(): unknown {
    if (this.args.length === 0) return null;
    return this.args.length === 1 ? this.args[0] : this.args;
  }
}
