// CPython's errors for values pickle cannot send, for the codec's message mode
// (Queue, Pipe and Pool traffic pickles in CPython; fork inheritance does not).
// The codec refuses the same values; this file picks the error CPython raises:
//
//   Python 3.11                                   Python 2.7 (cPickle)
//   lambda   _pickle.PicklingError: Can't pickle  cPickle.PicklingError: Can't pickle
//            <function <lambda> at 0x..>: attribute  <type 'function'>: attribute
//            lookup <lambda> on __main__ failed     lookup __builtin__.function failed
//   nested   AttributeError: Can't pickle local   (the same as a lambda)
//            object 'outer.<locals>.inner'
//   others   TypeError: cannot pickle 'generator'  TypeError: can't pickle generator
//            object                                 objects

import { isPy2 } from "../builtins/dialect.js";
import { AttributeError, Exception, NotImplementedError, TypeError, type BaseException } from "../builtins/exceptions.js";
import { addressOf } from "../builtins/object.js";
import { typeName } from "../builtins/types.js";
import { isClass } from "./codecFormat.js";
import { registerRuntimeClass } from "./codecRegistry.js";

/** pickle.PicklingError: `_pickle` in Python 3, `cPickle` (what multiprocessing uses) in Python 2. */
export class PicklingError extends Exception {
  static override get __module__(): string {
    return isPy2() ? "cPickle" : "_pickle";
  }
}

/** pickle.UnpicklingError: a message that is not a pickle (Connection.recv after send_bytes). */
export class UnpicklingError extends Exception {
  static override get __module__(): string {
    return isPy2() ? "cPickle" : "_pickle";
  }
}

registerRuntimeClass("pickle.PicklingError", PicklingError);
registerRuntimeClass("pickle.UnpicklingError", UnpicklingError);

/** Classes whose instances pickle refuses with their own error (Process: its authkey). */
const refusals: Array<{ readonly cls: Function; readonly error: () => BaseException }> = [];

export function refuseInMessages(cls: Function, error: () => BaseException): void {
  refusals.push({ cls, error });
}

/** The error a registered refusal gives for `obj`, or null. */
export function refusalOf(obj: object): BaseException | null {
  for (const { cls, error } of refusals) if (obj instanceof (cls as new () => object)) return error();
  return null;
}

/** CPython's error when pickling `value`, which the codec cannot send (a function or an object). */
export function picklingError(value: object): BaseException {
  if (typeof value === "function") return isClass(value) ? localObjectError(value) : functionError(value);
  if (isModuleNamespace(value)) {
    // cPickle looks the type up by name in Python 2; Python 3's reduce_ex refuses it.
    return isPy2() ? new PicklingError("Can't pickle <type 'module'>: attribute lookup __builtin__.module failed") : new TypeError("cannot pickle 'module' object");
  }
  const cls = (value as { constructor?: unknown }).constructor;
  if (typeof cls === "function" && isScriptClass(cls)) return localObjectError(cls);
  const name = typeName(value);
  if (!isPy2() && name !== "generator" && isIterator(value)) {
    // CPython 3 pickles iterators (zip, map, a list's iterator) with their position; the codec cannot yet.
    const what = /^[A-Za-z_]\w*$/.test(name) && name !== "Object" ? ` (here a '${name}')` : "";
    return new NotImplementedError(`py2ts-mp cannot send iterators${what} to another process yet, as CPython 3 pickles them; send a list of the items instead: list(...)`);
  }
  return new TypeError(isPy2() ? `can't pickle ${name} objects` : `cannot pickle '${qualifiedTypeNames[name] ?? name}' object`);
}

/** Python 3's pickle names a type by its module when that is not builtins (`_io.TextIOWrapper`: sys.stdout). */
const qualifiedTypeNames: Readonly<Record<string, string>> = { TextIOWrapper: "_io.TextIOWrapper" };

/** An iterator (zip, map, a list's iterator...): it has a next method and iterates itself. */
function isIterator(value: object): boolean {
  const candidate = value as { next?: unknown; __next__?: unknown; [Symbol.iterator]?: unknown };
  return (typeof candidate.__next__ === "function" || typeof candidate.next === "function") && typeof candidate[Symbol.iterator] === "function";
}

function functionError(fn: Function): BaseException {
  if (isPy2()) return new PicklingError("Can't pickle <type 'function'>: attribute lookup __builtin__.function failed");
  const qualname = (fn as { __qualname__?: unknown }).__qualname__;
  // Emitted nested defs carry their qualified name; a function without one is a lambda.
  if (typeof qualname === "string" && qualname.includes("<locals>")) return new AttributeError(`Can't pickle local object '${qualname}'`);
  const name = typeof qualname === "string" ? qualname : "<lambda>";
  return new PicklingError(`Can't pickle <function ${name} at ${addressOf(fn)}>: attribute lookup ${name} on __main__ failed`);
}

/** A class of the script that is not at module level (defined in a function). */
function localObjectError(cls: Function): BaseException {
  const name = String((cls as { __qualname__?: unknown }).__qualname__ ?? cls.name);
  if (isPy2()) return new PicklingError(`Can't pickle __main__.${name}: attribute lookup __main__.${name} failed`);
  return new AttributeError(`Can't pickle local object '${name}'`);
}

/**
 * An imported module: emitted code holds `import * as os` namespace objects, which
 * the runtime bundle (esbuild) makes plain objects of getter-only properties, one
 * per export; no Python value is such an object.
 */
export function isModuleNamespace(value: object): boolean {
  if (Object.prototype.toString.call(value) === "[object Module]") return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const descriptors = Object.values(Object.getOwnPropertyDescriptors(value));
  return descriptors.length > 0 && descriptors.every((d) => d.get !== undefined && d.set === undefined);
}

/** A Python class written in the script (its instances report the module `__main__`). */
function isScriptClass(cls: Function): boolean {
  return (cls as { __module__?: unknown }).__module__ === "__main__";
}
