// The Python exceptions the random and logging modules raise. Stand-ins until
// builtins/exceptions.ts lands on main: then this file re-exports those classes,
// so `except ValueError` in user code catches what these modules raise.

export class PyExceptionStandIn extends Error {
  readonly args: unknown[];

  constructor(...args: unknown[]) {
    super(args.length === 1 ? String(args[0]) : args.length === 0 ? "" : `(${args.map(String).join(", ")})`);
    this.args = args;
    this.name = new.target.name;
  }
}

export class ValueError extends PyExceptionStandIn {}
export class TypeError extends PyExceptionStandIn {}
export class IndexError extends PyExceptionStandIn {}
export class KeyError extends PyExceptionStandIn {}
export class OverflowError extends PyExceptionStandIn {}
export class ZeroDivisionError extends PyExceptionStandIn {}
export class NotImplementedError extends PyExceptionStandIn {}

/**
 * A Python feature py2ts-mp cannot reproduce faithfully here: a clear error
 * instead of silently different output.
 */
export function unsupported(what: string): never {
  throw new NotImplementedError(`py2ts-mp does not support ${what}`);
}
