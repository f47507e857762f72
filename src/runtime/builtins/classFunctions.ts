// An instance method read from its class: `f = A.m`, `map(Person.get_age, people)`,
// `multiprocessing.Process.__init__(self)` in a subclass. Emitted methods live on
// the class's prototype and take the instance as `this`; Python's `A.m` is a
// function taking it as the first argument (Python 3), or an unbound method that
// also checks its type (Python 2).

import { methodKinds } from "./attributeDicts.js";
import { isPy2 } from "./dialect.js";
import { BaseException, TypeError } from "./exceptions.js";
import { functionName } from "./functionNames.js";
import { PyObject } from "./object.js";
import { className, typeName } from "./types.js";

/**
 * Gives a class function its method's keyword signature; call.ts installs it (an
 * import of call.ts from here would close a load-order cycle through attributes.ts).
 */
let copySignature: (method: Function, fn: Function) => void = () => {};

export function setSignatureCopier(copy: (method: Function, fn: Function) => void): void {
  copySignature = copy;
}

/** Python 3 gives the same function each time (`A.m is A.m`); one wrapper per method. */
const py3Functions = new WeakMap<Function, Function>();

/**
 * The function `cls.name` denotes when `name` is an instance method of a Python
 * class (user or runtime: PyObject and exception classes), else undefined.
 */
export function classFunction(cls: Function, name: string, stopAt: ReadonlySet<object>): Function | undefined {
  const proto = cls.prototype as object | undefined;
  if (name === "constructor" || !(proto instanceof PyObject || proto instanceof BaseException || proto === PyObject.prototype)) return undefined;
  for (let p: object | null = proto; p !== null && !stopAt.has(p); p = Object.getPrototypeOf(p)) {
    const desc = Object.getOwnPropertyDescriptor(p, name);
    if (desc === undefined) continue;
    // A property read from the class is the property object in Python: not modelled.
    if (typeof desc.value !== "function") return undefined;
    const owner = className((p as { constructor: Function }).constructor);
    return isPy2() ? py2UnboundMethod(cls, desc.value, owner) : py3Function(desc.value, owner);
  }
  return undefined;
}

function py3Function(method: Function, owner: string): Function {
  let fn = py3Functions.get(method);
  if (fn === undefined) {
    fn = function (this: unknown, self: unknown, ...args: unknown[]) {
      return method.apply(self, args);
    };
    describe(fn, method, owner);
    py3Functions.set(method, fn);
  }
  return fn;
}

/** Python 2's unbound method: the first argument must be an instance of the class it was read from. */
function py2UnboundMethod(cls: Function, method: Function, owner: string): Function {
  const name = functionName(method);
  const fn = function (this: unknown, ...args: unknown[]) {
    if (args.length === 0 || !(args[0] instanceof cls)) {
      const got = args.length === 0 ? "nothing" : `${typeName(args[0])} instance`;
      throw new TypeError(`unbound method ${name}() must be called with ${className(cls)} instance as first argument (got ${got} instead)`);
    }
    return method.apply(args[0], args.slice(1));
  };
  describe(fn, method, owner);
  Object.defineProperty(fn, "__repr__", { value: () => `<unbound method ${className(cls)}.${name}>` });
  return fn;
}

/** Names and signature of the method, with the instance as an ordinary first parameter. */
function describe(fn: Function, method: Function, owner: string): void {
  const qualname = (method as { __qualname__?: unknown }).__qualname__;
  Object.defineProperty(fn, "__qualname__", { value: typeof qualname === "string" ? qualname : `${owner}.${functionName(method)}`, configurable: true });
  Object.defineProperty(fn, "__name__", { value: functionName(method), configurable: true });
  copySignature(method, fn);
}

/**
 * The class method `name` of `cls` or a base (`Calc.make`), which Python binds to
 * the class it is read from; undefined when `name` is not one.
 */
export function classMethodOf(cls: Function, name: string): Function | undefined {
  for (let c: Function | null = cls; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c) as Function | null) {
    if (methodKinds.get(c)?.classMethods.includes(name)) {
      const method = (cls as unknown as Record<string, unknown>)[name];
      return typeof method === "function" ? method : undefined;
    }
  }
  return undefined;
}
