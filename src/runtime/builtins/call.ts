// Python's calling convention at run time. Calls the compiler can bind are emitted
// directly (`f(1, undefined, 3)`); the others come here: a callee unknown at
// compile time, `*args`/`**kwargs` at the call site, or arguments CPython would
// reject. `defineFunction` records a function's Python signature; `callKw` binds
// arguments to it exactly as CPython does (same order of checks, same TypeError
// messages, per dialect) and calls the function in the emitted convention:
// positional parameters, then `*args`, then keyword-only and `**kwargs` values in
// one trailing plain object (docs/architecture.md §4).

import { acceptsCount, bind, checkArgumentCount, isClass, signatureKey, signatureOf, type PyFunction, type PythonSignature } from "./binding.js";
import { isPy2 } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import { isKwargs, takeTrailingKwargs, type Kwargs } from "./kwargs.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./types.js";
import { PyFloat } from "./float.js";
import { callMethodKw as callMethodWithKeywords } from "./callMethod.js";
import { setSignatureCopier } from "./classFunctions.js";
import { cArityError, cArityOf } from "./cArity.js";

export { signatureOf, type PythonSignature };

/**
 * Default values as a def recorded them: a list, or a function returning it when
 * they are computed when the module body reaches the `def` (a module-level def
 * exists before its defaults do).
 */
export type DefaultValues = readonly unknown[] | (() => readonly unknown[]);

/** `defineFunction(task, "task(name, times=)", [1])`: records a def's signature and defaults. */
export function defineFunction(fn: (...args: any[]) => any, spec: string, defaults: DefaultValues = [], kwDefaults?: Readonly<Record<string, unknown>>): void {
  attach(fn, parseSpec(spec, false), defaults, kwDefaults);
}

/**
 * defineFunction for an expression: a lambda, so that a call with the wrong
 * arguments (`sq(1, 2)`, map(lambda: 0, xs)) raises CPython's TypeError. Returns fn.
 * A lambda is created each time its expression runs (a sort key in a loop), so
 * its parsed spec is shared and one without defaults gets no default tuples
 * (attributes.ts answers None for them).
 */
export function withSignature<F extends (...args: any[]) => any>(fn: F, spec: string, defaults?: DefaultValues, kwDefaults?: Readonly<Record<string, unknown>>): F {
  let signature = lambdaSignatures.get(spec);
  if (signature === undefined) {
    signature = parseSpec(spec, false);
    lambdaSignatures.set(spec, signature);
  }
  if (defaults === undefined && kwDefaults === undefined) {
    // Plain stores: defineProperty on a fresh closure costs ~300 ns, a store ~10.
    (fn as PyFunction)[signatureKey] = signature;
    (fn as { __qualname__?: string }).__qualname__ = signature.qualname;
  } else {
    attach(fn, signature, defaults ?? [], kwDefaults);
  }
  return fn;
}

const lambdaSignatures = new Map<string, PythonSignature>();

/** Like defineFunction for an instance or class method: the spec's first parameter is self/cls. */
export function defineMethod(fn: (...args: any[]) => any, spec: string, defaults: DefaultValues = [], kwDefaults?: Readonly<Record<string, unknown>>): void {
  attach(fn, parseSpec(spec, true), defaults, kwDefaults);
}

function attach(fn: PyFunction, signature: PythonSignature, defaults: DefaultValues, kwDefaults?: Readonly<Record<string, unknown>>): void {
  Object.defineProperty(fn, signatureKey, { value: signature });
  Object.defineProperty(fn, "__qualname__", { value: signature.qualname, configurable: true });
  if (typeof defaults === "function") {
    // Read when asked for: the values exist once the module body has run the def.
    let assigned: unknown = undefined;
    Object.defineProperty(fn, "__defaults__", {
      get: () => (assigned !== undefined ? assigned : PyTuple.fromIterable(defaults())),
      set: (value: unknown) => {
        assigned = value;
      },
      configurable: true,
    });
  } else {
    Object.defineProperty(fn, "__defaults__", { value: defaults.length > 0 ? PyTuple.fromIterable(defaults) : null, configurable: true, writable: true });
  }
  const kw = kwDefaults && Object.keys(kwDefaults).length > 0 ? PyDict.of(...Object.entries(kwDefaults)) : null;
  Object.defineProperty(fn, "__kwdefaults__", { value: kw, configurable: true, writable: true });
}

/** Parses `qualname(a, b=, /, c, *args, d, e=, **kw)`. */
// `A.m` takes the instance as its first argument: the method's signature with that parameter kept.
setSignatureCopier((method, fn) => {
  const signature = signatureOf(method);
  if (signature !== undefined) Object.defineProperty(fn, signatureKey, { value: { ...signature, isMethod: false } });
});

function parseSpec(spec: string, isMethod: boolean): PythonSignature {
  const open = spec.indexOf("(");
  const qualname = spec.slice(0, open);
  const params = spec.slice(open + 1, -1).split(",").map((p) => p.trim()).filter((p) => p !== "");
  const positional: string[] = [];
  const keywordOnly: string[] = [];
  const required = new Set<string>();
  let positionalOnly = 0;
  let defaultCount = 0;
  let varargs: string | null = null;
  let varkw: string | null = null;
  let afterStar = false;
  for (const p of params) {
    if (p === "/") positionalOnly = positional.length;
    else if (p === "*") afterStar = true;
    else if (p.startsWith("**")) varkw = p.slice(2);
    else if (p.startsWith("*")) {
      varargs = p.slice(1);
      afterStar = true;
    } else {
      const name = p.replace(/=$/, "");
      const hasDefault = p.endsWith("=");
      if (afterStar) {
        keywordOnly.push(name);
        if (!hasDefault) required.add(name);
      } else {
        positional.push(name);
        if (hasDefault) defaultCount++;
      }
    }
  }
  return { qualname, positional, positionalOnly, defaultCount, varargs, keywordOnly, keywordOnlyRequired: required, varkw, isMethod };
}

/**
 * `call(f, ...args)`: a call of a value that may not be a JavaScript function (an
 * item of a container, a call's result): an object's `__call__`, or CPython's
 * "'int' object is not callable".
 */
export function call(fn: any, ...args: unknown[]): any {
  if (typeof fn === "function") {
    checkArgumentCount(fn, args.length);
    return isClass(fn) ? new fn(...args) : fn(...args);
  }
  const method = fn !== null && typeof fn === "object" ? fn.__call__ : undefined;
  if (typeof method === "function") return method.apply(fn, args);
  throw new TypeError(`'${typeName(fn)}' object is not callable`);
}

/**
 * `callKw(f, [positional...], { keywords }, ...mappings)`: calls `f` with Python
 * arguments. A class is instantiated (binding against its `__init__`).
 */
export function callKw(fn: any, positional: readonly unknown[], keywords?: Kwargs, ...mappings: unknown[]): any {
  // Positional arguments only, and they fit: called as they are (a call the compiler sent here for its count).
  if (typeof fn === "function" && (keywords === undefined || (mappings.length === 0 && isEmpty(keywords)))) {
    const signature = (fn as PyFunction)[signatureKey];
    if (signature !== undefined && takesPositionalOnly(signature) && acceptsCount(signature, signature.isMethod ? 1 : 0, positional.length)) {
      // The common lengths without a spread: a routed call should cost little more than a plain one.
      switch (positional.length) {
        case 0:
          return fn();
        case 1:
          return fn(positional[0]);
        case 2:
          return fn(positional[0], positional[1]);
        default:
          return fn(...positional);
      }
    }
  }
  keywords ??= {};
  const kw = mergeKeywords(functionStr(fn), keywords, mappings);
  if (isClass(fn)) {
    const init = fn.prototype?.__init__;
    const signature = signatureOf(init);
    const args = signature ? bind(signature, positional, kw, 1) : plainArguments(positional, kw);
    return new fn(...args);
  }
  if (typeof fn !== "function") {
    const method = fn !== null && typeof fn === "object" ? fn.__call__ : undefined;
    if (typeof method === "function") return callMethodKw(fn, "__call__", positional, kw);
    throw new TypeError(`'${typeName(fn)}' object is not callable`);
  }
  // A bound method (`g = obj.f`, `Process(target=obj.f)`): its function's signature, called on its instance.
  const method = fn as { __self__?: unknown; __func__?: unknown };
  if (method.__self__ !== undefined && typeof method.__func__ === "function") {
    const methodSignature = signatureOf(method.__func__);
    if (methodSignature) return method.__func__.apply(method.__self__, bind(methodSignature, positional, kw, methodSignature.isMethod ? 1 : 0));
  }
  const signature = signatureOf(fn);
  return fn(...(signature ? bind(signature, positional, kw, signature.isMethod ? 1 : 0) : plainArguments(positional, kw)));
}

/** Parameters all positional (no `*args`, keyword-only or `**kwargs`): the emitted function takes exactly the positional values. */
function takesPositionalOnly(signature: PythonSignature): boolean {
  return signature.varargs === null && signature.keywordOnly.length === 0 && signature.varkw === null;
}

function isEmpty(keywords: Kwargs): boolean {
  for (const _ in keywords) return false;
  return true;
}

/**
 * `super().m(*args, **kw)`: the base class's method `fn` called on `self` with
 * Python arguments (`callKwOn(this, super.__init__, [], {}, kwargs)`).
 */
export function callKwOn(self: unknown, fn: any, positional: readonly unknown[], keywords: Kwargs = {}, ...mappings: unknown[]): any {
  if (typeof fn !== "function") throw new TypeError(`'${typeName(fn)}' object is not callable`);
  const kw = mergeKeywords(functionStr(fn), keywords, mappings);
  const signature = signatureOf(fn);
  return fn.apply(self, signature ? bind(signature, positional, kw, signature.isMethod ? 1 : 0) : plainArguments(positional, kw));
}

/**
 * `obj.name(*args, **kw)` where the receiver's type is unknown at compile time: a
 * method with a recorded signature is bound here; str/int/float methods and
 * library methods take the keywords as they are (callMethod.ts).
 */
export function callMethodKw(obj: any, name: string, positional: readonly unknown[], keywords: Kwargs = {}, ...mappings: unknown[]): any {
  // An instance's method, or a class's classmethod/staticmethod (`A.make(7, e=1)`).
  const method = obj !== null && (typeof obj === "object" || typeof obj === "function") && !(obj instanceof PyFloat) ? obj[name] : undefined;
  // A library method CPython implements in C (`lock.release(1)`): its own message.
  const cForm = cArityOf(method);
  if (cForm !== null && mappings.length === 0 && isEmpty(keywords)) {
    const error = cArityError(cForm, positional.length);
    if (error !== null) throw error;
    return method.apply(obj, positional);
  }
  const signature = signatureOf(method);
  if (signature !== undefined && mappings.length === 0 && isEmpty(keywords) && takesPositionalOnly(signature) && acceptsCount(signature, signature.isMethod ? 1 : 0, positional.length)) {
    return method.apply(obj, positional);
  }
  const kw = mergeKeywords(signature ? calleeName(method) : `${typeName(obj)}.${name}`, keywords, mappings);
  if (signature) return method.apply(obj, bind(signature, positional, kw, signature.isMethod ? 1 : 0));
  return callMethodWithKeywords(obj, name, [...positional], kw);
}

/** Python 2's apply(function[, args[, keywords]]): function(*args, **keywords). */
export function apply(fn: any, args: unknown = PyTuple.of(), keywords: unknown = null): any {
  if (!(args instanceof PyTuple) && !(Array.isArray(args))) throw new TypeError("apply() arg 2 expected sequence, found " + typeName(args));
  if (keywords !== null && !(keywords instanceof PyDict)) throw new TypeError("apply() arg 3 expected dictionary, found " + typeName(keywords));
  return keywords === null ? callKw(fn, [...(args as unknown[])]) : callKw(fn, [...(args as unknown[])], {}, keywords);
}

/** The trailing keyword object a function with keyword-only parameters or **kwargs received. */
export function takeKeywords(args: unknown[]): Kwargs {
  return takeTrailingKwargs(args);
}

/** `**kwargs` as a dict, in the order the keywords were passed. */
export function keywordsDict(keywords: Kwargs): PyDict {
  return PyDict.of(...Object.entries(keywords));
}

function plainArguments(positional: readonly unknown[], kw: Kwargs): unknown[] {
  return Object.keys(kw).length > 0 ? [...positional, kw] : [...positional];
}

function mergeKeywords(name: string, keywords: Kwargs, mappings: readonly unknown[]): Kwargs {
  if (mappings.length === 0) return keywords;
  const merged: Kwargs = { ...keywords };
  for (const mapping of mappings) {
    for (const [key, value] of mappingEntries(name, mapping)) {
      if (typeof key !== "string") throw new TypeError(isPy2() ? `${name}() keywords must be strings` : "keywords must be strings");
      if (Object.prototype.hasOwnProperty.call(merged, key)) throw new TypeError(`${name}() got multiple values for keyword argument '${key}'`);
      merged[key] = value;
    }
  }
  return merged;
}

function mappingEntries(name: string, mapping: unknown): Array<[unknown, unknown]> {
  if (mapping instanceof PyDict) return [...mapping.items()].map((item) => [item[0], item[1]]);
  if (isKwargs(mapping)) return Object.entries(mapping);
  throw new TypeError(`${name}() argument after ** must be a mapping, not ${typeName(mapping)}`);
}


/** How CPython 3.11 names a callee when merging `**` keywords (_PyObject_FunctionStr): `__main__.task`. */
function functionStr(fn: any): string {
  const signature = signatureOf(fn);
  if (signature && !isPy2()) return `__main__.${signature.qualname}`;
  return calleeName(fn);
}

function calleeName(fn: any): string {
  const signature = signatureOf(fn);
  if (signature) return isPy2() ? signature.qualname.split(".").pop()! : signature.qualname;
  return typeof fn === "function" ? fn.name : typeName(fn);
}

