// Python's calling convention at run time. Calls the compiler can bind are emitted
// directly (`f(1, undefined, 3)`); the others come here: a callee unknown at
// compile time, `*args`/`**kwargs` at the call site, or arguments CPython would
// reject. `defineFunction` records a function's Python signature; `callKw` binds
// arguments to it exactly as CPython does (same order of checks, same TypeError
// messages, per dialect) and calls the function in the emitted convention:
// positional parameters, then `*args`, then keyword-only and `**kwargs` values in
// one trailing plain object (docs/architecture.md §4).

import { isPy2 } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import { isKwargs, takeTrailingKwargs, type Kwargs } from "./kwargs.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./types.js";
import { PyFloat } from "./float.js";
import { callMethodKw as callMethodWithKeywords } from "./callMethod.js";
import { setSignatureCopier } from "./classFunctions.js";

export interface PythonSignature {
  /** CPython's __qualname__ (`task`, `Counter.bump`); Python 2 messages use the last part. */
  readonly qualname: string;
  readonly positional: readonly string[];
  /** How many leading positional parameters are positional-only (before `/`). */
  readonly positionalOnly: number;
  /** How many trailing positional parameters have defaults. */
  readonly defaultCount: number;
  readonly varargs: string | null;
  readonly keywordOnly: readonly string[];
  readonly keywordOnlyRequired: ReadonlySet<string>;
  readonly varkw: string | null;
  /** Defined with `defineMethod`: the first positional parameter is the receiver. */
  readonly isMethod: boolean;
}

const signatureKey = Symbol("py2ts.signature");

type PyFunction = ((...args: any[]) => any) & { [signatureKey]?: PythonSignature };

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

/** defineFunction for an expression: a lambda that may be called with keywords. Returns fn. */
export function withSignature<F extends (...args: any[]) => any>(fn: F, spec: string, defaults: DefaultValues = [], kwDefaults?: Readonly<Record<string, unknown>>): F {
  attach(fn, parseSpec(spec, false), defaults, kwDefaults);
  return fn;
}

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

export function signatureOf(fn: unknown): PythonSignature | undefined {
  return typeof fn === "function" ? (fn as PyFunction)[signatureKey] : undefined;
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
  if (typeof fn === "function") return isClass(fn) ? new fn(...args) : fn(...args);
  const method = fn !== null && typeof fn === "object" ? fn.__call__ : undefined;
  if (typeof method === "function") return method.apply(fn, args);
  throw new TypeError(`'${typeName(fn)}' object is not callable`);
}

/**
 * `callKw(f, [positional...], { keywords }, ...mappings)`: calls `f` with Python
 * arguments. A class is instantiated (binding against its `__init__`).
 */
export function callKw(fn: any, positional: readonly unknown[], keywords: Kwargs = {}, ...mappings: unknown[]): any {
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
  const signature = signatureOf(method);
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

/**
 * CPython's argument binding (3.11's initialize_locals; 2.7's PyEval_EvalCodeEx):
 * keywords first (unexpected, positional-only, multiple values), then too many
 * positionals, then missing arguments. `receivers` leading parameters (self) are
 * supplied by the caller (`this`), so they are skipped in the result but counted
 * in messages, as CPython counts self.
 */
function bind(sig: PythonSignature, positional: readonly unknown[], kw: Kwargs, receivers: number): unknown[] {
  const name = isPy2() ? sig.qualname.split(".").pop()! : sig.qualname;
  const params = sig.positional;
  const slots: unknown[] = new Array(params.length).fill(undefined);
  const filled = new Array<boolean>(params.length).fill(false);
  for (let i = 0; i < receivers && i < params.length; i++) filled[i] = true;
  const given = positional.length + receivers;
  positional.forEach((value, i) => {
    const index = i + receivers;
    if (index < params.length) {
      slots[index] = value;
      filled[index] = true;
    }
  });
  const extras = positional.slice(Math.max(0, params.length - receivers));
  const keywordOut: Kwargs = {};
  const positionalOnlyPassed: string[] = [];
  let keywordOnlyGiven = 0;
  for (const [key, value] of Object.entries(kw)) {
    const index = params.indexOf(key);
    if (index >= sig.positionalOnly && index >= receivers) {
      if (filled[index]) throw new TypeError(isPy2() ? `${name}() got multiple values for keyword argument '${key}'` : `${name}() got multiple values for argument '${key}'`);
      slots[index] = value;
      filled[index] = true;
    } else if (sig.keywordOnly.includes(key)) {
      keywordOut[key] = value;
      keywordOnlyGiven++;
    } else if (sig.varkw !== null) {
      keywordOut[key] = value;
    } else if (index >= 0 && index < sig.positionalOnly) {
      positionalOnlyPassed.push(key);
    } else {
      throw new TypeError(`${name}() got an unexpected keyword argument '${key}'`);
    }
  }
  if (positionalOnlyPassed.length > 0) {
    throw new TypeError(`${name}() got some positional-only arguments passed as keyword arguments: '${positionalOnlyPassed.join(", ")}'`);
  }
  if (given > params.length && sig.varargs === null) throw new TypeError(tooManyPositional(name, sig, given, keywordOnlyGiven, Object.keys(kw).length));
  const firstDefault = params.length - sig.defaultCount;
  const missing = params.filter((_, i) => !filled[i] && i < firstDefault);
  if (missing.length > 0) throw new TypeError(missingArguments(name, sig, missing, "positional", given + Object.keys(kw).length));
  const missingKeywordOnly = sig.keywordOnly.filter((k) => sig.keywordOnlyRequired.has(k) && !(k in keywordOut));
  if (missingKeywordOnly.length > 0) throw new TypeError(missingArguments(name, sig, missingKeywordOnly, "keyword-only", given + Object.keys(kw).length));

  // Parameters left to their defaults are passed as undefined (JavaScript then applies the default).
  const out = slots.slice(receivers);
  const takesTrailing = sig.varargs !== null || sig.keywordOnly.length > 0 || sig.varkw !== null;
  if (!takesTrailing) while (out.length > 0 && !filled[out.length - 1 + receivers]) out.pop();
  if (sig.varargs !== null) out.push(...extras);
  if (sig.keywordOnly.length > 0 || sig.varkw !== null) out.push(keywordOut);
  return out;
}

function tooManyPositional(name: string, sig: PythonSignature, given: number, keywordOnlyGiven: number, keywordCount: number): string {
  const count = sig.positional.length;
  if (isPy2()) {
    const qualifier = sig.defaultCount > 0 ? "at most" : "exactly";
    return `${name}() takes ${qualifier} ${count} argument${count === 1 ? "" : "s"} (${given + keywordCount} given)`;
  }
  const takes = sig.defaultCount > 0 ? `from ${count - sig.defaultCount} to ${count} positional arguments` : `${count} positional argument${count === 1 ? "" : "s"}`;
  if (keywordOnlyGiven > 0) {
    const kwText = `${keywordOnlyGiven} keyword-only argument${keywordOnlyGiven === 1 ? "" : "s"}`;
    return `${name}() takes ${takes} but ${given} positional argument${given === 1 ? "" : "s"} (and ${kwText}) were given`;
  }
  return `${name}() takes ${takes} but ${given} ${given === 1 ? "was" : "were"} given`;
}

function missingArguments(name: string, sig: PythonSignature, missing: readonly string[], kind: "positional" | "keyword-only", totalGiven: number): string {
  if (isPy2()) {
    const required = sig.positional.length - sig.defaultCount;
    const qualifier = sig.defaultCount > 0 || sig.varargs !== null ? "at least" : "exactly";
    return `${name}() takes ${qualifier} ${required} argument${required === 1 ? "" : "s"} (${totalGiven} given)`;
  }
  const quoted = missing.map((m) => `'${m}'`);
  const list = quoted.length === 1 ? quoted[0]! : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  return `${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? "" : "s"}: ${list}`;
}

/** A JavaScript class (its `prototype` is read-only; a function's is writable, an arrow has none). */
function isClass(fn: unknown): fn is new (...args: any[]) => any {
  return typeof fn === "function" && Object.getOwnPropertyDescriptor(fn, "prototype")?.writable === false;
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

