// A Python function's recorded signature and CPython's binding of arguments to it
// (same order of checks, same TypeError messages, per dialect). call.ts binds
// keyword calls with it; `checkArgumentCount` is the cheap check the runtime makes
// where it calls a user function itself (map(), sorted(key=), Pool.map's worker),
// so a function given the wrong number of arguments raises CPython's TypeError
// instead of running with `undefined` parameters or dropping extra arguments.

import { isPy2 } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import type { Kwargs } from "./kwargs.js";

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

export const signatureKey = Symbol("py2ts.signature");

export type PyFunction = ((...args: any[]) => any) & { [signatureKey]?: PythonSignature };

export function signatureOf(fn: unknown): PythonSignature | undefined {
  return typeof fn === "function" ? (fn as PyFunction)[signatureKey] : undefined;
}

/**
 * The signature a call `fn(...count values)` binds to and how many leading
 * parameters the call supplies itself: a function's own, a bound method's
 * function's (self supplied), a class's `__init__` (self supplied).
 */
export function callSignature(fn: unknown): { signature: PythonSignature; receivers: number } | undefined {
  if (typeof fn !== "function") return undefined;
  const own = (fn as PyFunction)[signatureKey];
  if (own !== undefined) return { signature: own, receivers: own.isMethod ? 1 : 0 };
  const method = fn as { __self__?: unknown; __func__?: unknown };
  if (method.__self__ !== undefined && typeof method.__func__ === "function") {
    const signature = (method.__func__ as PyFunction)[signatureKey];
    return signature === undefined ? undefined : { signature, receivers: signature.isMethod ? 1 : 0 };
  }
  if (isClass(fn)) {
    const signature = signatureOf((fn.prototype as { __init__?: unknown } | undefined)?.__init__);
    return signature === undefined ? undefined : { signature, receivers: 1 };
  }
  return undefined;
}

/** True when `count` positional arguments (and no keywords) bind to the signature. */
export function acceptsCount(signature: PythonSignature, receivers: number, count: number): boolean {
  const given = count + receivers;
  if (given < signature.positional.length - signature.defaultCount) return false;
  if (given > signature.positional.length && signature.varargs === null) return false;
  return signature.keywordOnlyRequired.size === 0;
}

/**
 * Raises CPython's TypeError when `fn` (a function with a recorded signature, a
 * bound method or a class) cannot take `count` positional arguments; a callable
 * without a signature is not checked. Callers check once where the count is fixed
 * (map(f, xs) calls f with one argument each time), before the first call.
 */
export function checkArgumentCount(fn: unknown, count: number): void {
  const target = callSignature(fn);
  if (target === undefined || acceptsCount(target.signature, target.receivers, count)) return;
  bind(target.signature, new Array<unknown>(count).fill(null), {}, target.receivers);
}

/** A JavaScript class (its `prototype` is read-only; a function's is writable, an arrow has none). */
export function isClass(fn: unknown): fn is new (...args: any[]) => any {
  return typeof fn === "function" && Object.getOwnPropertyDescriptor(fn, "prototype")?.writable === false;
}

/**
 * CPython's argument binding (3.11's initialize_locals; 2.7's PyEval_EvalCodeEx):
 * keywords first (unexpected, positional-only, multiple values), then too many
 * positionals, then missing arguments. `receivers` leading parameters (self) are
 * supplied by the caller (`this`), so they are skipped in the result but counted
 * in messages, as CPython counts self.
 */
export function bind(sig: PythonSignature, positional: readonly unknown[], kw: Kwargs, receivers: number): unknown[] {
  const name = isPy2() ? sig.qualname.split(".").pop()! : sig.qualname;
  // Python 2 rejects any argument to a function without parameters before binding anything.
  const keywordCount = Object.keys(kw).length;
  if (isPy2() && sig.positional.length === 0 && sig.varargs === null && sig.varkw === null && positional.length + receivers + keywordCount > 0) {
    throw new TypeError(`${name}() takes no arguments (${positional.length + receivers + keywordCount} given)`);
  }
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
