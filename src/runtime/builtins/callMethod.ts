// Method calls on a receiver whose type is unknown at compile time:
// `x.strip()` lowers to `callMethod(x, "strip")`. Strings, ints and floats get
// their Python methods (with CPython's argument-count and keyword checks), any
// other object its own method; a missing one raises AttributeError.

import { checkArgumentCount } from "./binding.js";
import { isPy2 } from "./dialect.js";
import { AttributeError, TypeError } from "./exceptions.js";
import { PyFloat, toFloat } from "./float.js";
import { asLong, longIfAny, longValue, PyLong } from "./long.js";
import { asciiDecode, PyUnicode } from "./unicode.js";
import { callUnicodeMethod, promotesToUnicode } from "./unicodeMethods.js";
import { generatorMethod, isGenerator, unwrapGenerator } from "./generators.js";
import { isRuntimeIterator, pythonStep, stepMethodName } from "./iterProtocol.js";
import { addressOf, PyObject } from "./object.js";
import { floatMethod, intMethod } from "./numberMethods.js";
import { strFormat } from "./strFormat.js";
import { strMethod } from "./strMethods.js";
import { primitiveStatic } from "./typeStatics.js";
import { isKwargs } from "./kwargs.js";
import { getattr, setBuiltinTypeAttributeLookup, setPrimitiveAttributeLookup } from "./attributes.js";
import { builtinTypeInfo, isinstance, typeName } from "./types.js";

/** Special methods of primitives (`s.__len__()`), installed by primitiveDunders.ts. */
let primitiveDunder: (value: unknown, name: string) => ((self: unknown, ...args: unknown[]) => unknown) | undefined = () => undefined;

export function setPrimitiveDunderLookup(lookup: typeof primitiveDunder): void {
  primitiveDunder = lookup;
}

/** obj.name(...args); keyword arguments come as a trailing plain object. */
export function callMethod(obj: any, name: string, ...args: any[]): any {
  // The common case first, the same as callMethodKw's last one: an object of the
  // runtime or the script with the method (`conn.send(x)`, where `conn` could have
  // been a generator as far as the compiler knew).
  if (obj instanceof PyObject && !JS_MEMBER_NAMES.has(name)) {
    const method = obj[name];
    if (typeof method === "function" && !JS_METHODS.has(method)) return method.apply(obj, args);
  }
  if (args.length > 0 && isKwargs(args[args.length - 1]) && isPrimitiveReceiver(obj)) {
    const kwargs = args.pop() as Record<string, unknown>;
    return callMethodKw(obj, name, args, kwargs);
  }
  return callMethodKw(obj, name, args, null);
}

function isPrimitiveReceiver(obj: unknown): boolean {
  return typeof obj === "string" || typeof obj === "number" || typeof obj === "bigint" || typeof obj === "boolean" || obj instanceof PyFloat || obj instanceof PyUnicode;
}

/**
 * obj.name(*args, **kwargs): keywords as a plain object, and any `**mapping`
 * arguments after it (as the lowering of `s.split(**opts)` passes them).
 */
export function callMethodKw(obj: any, name: string, args: any[], kwargs: Record<string, unknown> | null = null, ...mappings: unknown[]): any {
  if (mappings.length > 0) kwargs = mergeKeywords(name, kwargs, mappings);
  if (name.startsWith("__") && (typeof obj !== "object" || obj === null || obj instanceof PyFloat)) {
    const dunder = primitiveDunder(obj, name);
    if (dunder !== undefined) return dunder(obj, ...args);
  }
  if (obj instanceof PyUnicode) {
    const result = callUnicodeMethod(obj, name, args, kwargs, (n, a, k) => bindArgs("str", n, a, k));
    if (result !== undefined) return result;
    throw new AttributeError(`'unicode' object has no attribute '${name}'`);
  }
  switch (typeof obj) {
    case "string": {
      if (isPy2() && promotesToUnicode(name, args)) return callMethodKw(new PyUnicode(asciiDecode(obj)), name, args, kwargs);
      const method = strMethod(name);
      if (method === undefined) return callPrimitiveStatic("str", obj, name, args, kwargs);
      if (name === "format") return strFormat(obj, args, kwargs);
      return method(obj, ...bindArgs("str", name, args, kwargs));
    }
    case "number":
    case "bigint":
    case "boolean": {
      const isFloatValue = typeof obj === "number" && !Number.isInteger(obj);
      const method = isFloatValue ? floatMethod(name) : intMethod(name);
      if (method === undefined) return callPrimitiveStatic(isFloatValue ? "float" : typeof obj === "boolean" ? "bool" : "int", obj, name, args, kwargs);
      const self = typeof obj === "boolean" ? (obj ? 1 : 0) : obj;
      return method(self, ...bindArgs(isFloatValue ? "float" : "int", name, args, kwargs));
    }
    case "object":
    case "function": {
      if (obj === null) break;
      if (obj instanceof PyFloat) {
        const method = floatMethod(name);
        if (method === undefined) return callPrimitiveStatic("float", obj, name, args, kwargs);
        return method(obj.value, ...bindArgs("float", name, args, kwargs));
      }
      if (obj instanceof PyLong) {
        const method = intMethod(name);
        if (method === undefined) break;
        return method(longValue(obj), ...bindArgs("int", name, args, kwargs));
      }
      obj = unwrapGenerator(obj);
      if (isGenerator(obj)) {
        const result = generatorMethod(obj, name, args);
        if (result.found) return result.value;
      }
      // Python methods of objects read keywords from a trailing plain object.
      const all = kwargs !== null && Object.keys(kwargs).length > 0 ? [...args, kwargs] : args;
      // A list's iterator answers `it.next()` with Python's item, not JavaScript's `{ value, done }`.
      if ((name === "next" || name === "__next__") && isRuntimeIterator(obj)) {
        if (name === stepMethodName()) return pythonStep.apply(obj, all);
        break;
      }
      // JavaScript's own members (Array.prototype.map, toString, constructor) are not Python's.
      if (JS_MEMBER_NAMES.has(name)) break;
      const method = obj[name];
      if (typeof method === "function" && !JS_METHODS.has(method)) return method.apply(obj, all);
      // Anything else answers as a Python attribute: __getattr__, a stored callable,
      // or the AttributeError CPython would raise.
      return call(getattr(obj, name), all);
    }
  }
  throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

/** `"ab".maketrans(...)`, `(5).from_bytes(...)`: a static method read from an instance, else AttributeError. */
function callPrimitiveStatic(type: string, obj: unknown, name: string, args: unknown[], kwargs: Record<string, unknown> | null): unknown {
  const method = primitiveStatic(type, name);
  if (method === undefined) throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  return kwargs !== null && Object.keys(kwargs).length > 0 ? method(...args, kwargs) : method(...args);
}

function mergeKeywords(name: string, kwargs: Record<string, unknown> | null, mappings: unknown[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...kwargs };
  for (const mapping of mappings) {
    const entries: Array<[unknown, unknown]> = isKwargs(mapping)
      ? Object.entries(mapping)
      : Array.from(mapping as Iterable<unknown>, (k) => [k, (mapping as { __getitem__(k: unknown): unknown }).__getitem__(k)]);
    for (const [key, value] of entries) {
      if (typeof key !== "string") throw new TypeError("keywords must be strings");
      if (Object.prototype.hasOwnProperty.call(merged, key)) {
        throw new TypeError(`${name}() got multiple values for keyword argument '${key}'`);
      }
      merged[key] = value;
    }
  }
  return merged;
}

const JS_MEMBER_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const JS_METHODS = new Set<unknown>();
for (const proto of [Object.prototype, Array.prototype, Function.prototype, Error.prototype, Uint8Array.prototype, Object.getPrototypeOf(Uint8Array.prototype)]) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    const value = Object.getOwnPropertyDescriptor(proto, key)?.value;
    if (typeof value === "function") JS_METHODS.add(value);
  }
}

function call(target: unknown, args: unknown[]): unknown {
  if (typeof target === "function") {
    // `A.m(a)` read from the class is a function of its own signature (self included).
    checkArgumentCount(target, args.length);
    return target(...args);
  }
  const method = (target as { __call__?: (...a: unknown[]) => unknown } | null)?.__call__;
  if (typeof target === "object" && target !== null && typeof method === "function") return method.apply(target, args);
  throw new TypeError(`'${typeName(target)}' object is not callable`);
}

/**
 * Python attributes of str, int, bool and float values, for getattr() and
 * attribute reads on values of unknown type: bound methods (`s.upper`) and the
 * numeric attributes real, imag, numerator, denominator. undefined when absent.
 */
export function primitiveAttribute(value: unknown, name: string): any {
  switch (typeof value) {
    case "string": {
      if (strMethod(name) === undefined) return undefined;
      return boundMethod(name, "str", (...args: unknown[]) => callMethod(value, name, ...args));
    }
    case "number":
    case "bigint":
    case "boolean": {
      const int = typeof value === "boolean" ? (value ? 1 : 0) : value;
      const isFloatValue = typeof value === "number" && !Number.isInteger(value);
      switch (name) {
        case "real":
          return isFloatValue ? value : int;
        case "imag":
          return isFloatValue ? toFloat(0) : longIfAny(0, value);
        case "numerator":
          return isFloatValue ? undefined : int;
        case "denominator":
          return isFloatValue ? undefined : longIfAny(1, value);
      }
      if ((isFloatValue ? floatMethod(name) : intMethod(name)) === undefined) return undefined;
      return boundMethod(name, typeName(value), (...args: unknown[]) => callMethod(value, name, ...args));
    }
    case "object":
      if (value instanceof PyLong) {
        if (name === "real" || name === "numerator") return value;
        if (name === "imag" || name === "denominator") return asLong(name === "imag" ? 0 : 1);
        if (intMethod(name) === undefined) return undefined;
        return boundMethod(name, "long", (...args: unknown[]) => callMethod(value, name, ...args));
      }
      if (value instanceof PyFloat) {
        if (name === "real") return value;
        if (name === "imag") return toFloat(0);
        if (floatMethod(name) === undefined) return undefined;
        return boundMethod(name, "float", (...args: unknown[]) => callMethod(value, name, ...args));
      }
  }
  return undefined;
}

setPrimitiveAttributeLookup(primitiveAttribute);
setBuiltinTypeAttributeLookup(builtinTypeAttribute);

/**
 * A method read from a builtin type: `str.upper` is an unbound method taking the
 * string first; `list.append(xs, 1)` calls the runtime class's method; a static
 * member of the runtime class (`dict.fromkeys`) is the class method itself.
 */
function builtinTypeAttribute(t: Function, name: string): unknown {
  const info = builtinTypeInfo(t);
  if (info === undefined) return undefined;
  const cls = info.runtimeClass as any;
  if (cls !== undefined) {
    if (Object.prototype.hasOwnProperty.call(cls, name) && typeof cls[name] === "function") return unboundMethod(name, info.name, (...args) => cls[name](...args), false, t);
    const method = cls.prototype?.[name];
    if (typeof method !== "function" || JS_METHODS.has(method) || JS_MEMBER_NAMES.has(name)) return undefined;
    return unboundMethod(
      name,
      info.name,
      (self, ...args) => {
        if (!(self instanceof cls)) throw descriptorMismatch(name, info.name, self);
        return method.apply(self, args);
      },
      true,
      t,
    );
  }
  const primitive = info.name === "unicode" || info.name === "basestring" ? "str" : info.name;
  // str.maketrans, int.from_bytes, float.fromhex: called on the type, not an instance.
  const staticMethod = info.name === "basestring" ? undefined : primitiveStatic(primitive, name);
  if (staticMethod !== undefined) return unboundMethod(name, info.name, staticMethod, false, t);
  const known = primitive === "str" ? strMethod(name) : primitive === "float" ? floatMethod(name) : primitive === "int" || primitive === "long" || primitive === "bool" ? intMethod(name) : undefined;
  if (known === undefined) return undefined;
  return unboundMethod(
    name,
    info.name,
    (self, ...args) => {
      if (!isinstance(self, t)) throw descriptorMismatch(name, info.name, self);
      return callMethod(self, name, ...args);
    },
    true,
    t,
  );
}

const typeMember = Symbol("builtinTypeMember");

/**
 * The builtin type and name of a method read from it (`str.upper` is str and
 * "upper"), which is how Python 3's pickle finds it in another process
 * (`pool.map(str.upper, words)`); undefined for anything else.
 */
export function builtinTypeMember(fn: Function): { readonly type: Function; readonly name: string; readonly isDescriptor: boolean } | undefined {
  return (fn as { [typeMember]?: { type: Function; name: string; isDescriptor: boolean } })[typeMember];
}

function unboundMethod(name: string, owner: string, call: (...args: any[]) => unknown, isDescriptor: boolean, type: Function): Function {
  Object.defineProperty(call, typeMember, { value: { type, name, isDescriptor }, configurable: true });
  Object.defineProperty(call, "__name__", { value: name });
  if (isDescriptor) Object.defineProperty(call, "__repr__", { value: () => (isPy2() ? `<method '${name}' of '${owner}' objects>` : `<method '${name}' of '${owner}' objects>`) });
  return call;
}

function descriptorMismatch(name: string, owner: string, self: unknown): TypeError {
  return new TypeError(
    isPy2()
      ? `descriptor '${name}' requires a '${owner}' object but received a '${typeName(self)}'`
      : `descriptor '${name}' for '${owner}' objects doesn't apply to a '${typeName(self)}' object`,
  );
}

function boundMethod(name: string, owner: string, call: (...args: unknown[]) => unknown): Function {
  return Object.defineProperty(call, "__repr__", {
    value: () => `<built-in method ${name} of ${owner} object at ${addressOf(call)}>`,
  });
}

/**
 * How a builtin method takes its arguments, which decides CPython's message for
 * a wrong count: "args" (PyArg_ParseTuple: "find() takes at least 1 argument
 * (0 given)"), "clinic" (Python 3 Argument Clinic: "center expected at least 1
 * argument, got 0"), "one" (METH_O), "kw" (keywords allowed), "noargs".
 */
interface Signature {
  readonly min: number;
  readonly max: number;
  readonly kind: "args" | "clinic" | "one" | "kw" | "noargs";
  /** Parameter names that may be given by keyword (Python 3), in positional order. */
  readonly keywords?: readonly string[];
  /** Python 2's kind and function name in messages, when they differ. */
  readonly py2Kind?: "args" | "one";
  readonly py2Name?: string;
  /** Python 2's maximum when it differs (str.translate's deletechars). */
  readonly py2Max?: number;
  /** Python 2 accepts the keywords too (most Python 2 str methods take none). */
  readonly py2Keywords?: boolean;
}

const NOARGS: Signature = { min: 0, max: 0, kind: "noargs" };
const ONE: Signature = { min: 1, max: 1, kind: "one" };
const FIND: Signature = { min: 1, max: 3, kind: "args", py2Name: "find/rfind/index/rindex" };
const ARGS_1_3: Signature = { min: 1, max: 3, kind: "args" };
const STRIP: Signature = { min: 0, max: 1, kind: "clinic", py2Kind: "args" };
const JUST: Signature = { min: 1, max: 2, kind: "clinic", py2Kind: "args" };
const SPLIT: Signature = { min: 0, max: 2, kind: "kw", keywords: ["sep", "maxsplit"], py2Kind: "args" };

const STR_SIGNATURES: Record<string, Signature> = {
  find: FIND, rfind: FIND, index: FIND, rindex: FIND,
  count: ARGS_1_3, startswith: ARGS_1_3, endswith: ARGS_1_3,
  replace: { min: 2, max: 3, kind: "clinic", py2Kind: "args" },
  partition: ONE, rpartition: ONE, join: ONE, removeprefix: ONE, removesuffix: ONE, format_map: ONE,
  zfill: { min: 1, max: 1, kind: "one", py2Kind: "args" },
  strip: STRIP, lstrip: STRIP, rstrip: STRIP,
  center: JUST, ljust: JUST, rjust: JUST,
  split: SPLIT, rsplit: SPLIT,
  splitlines: { min: 0, max: 1, kind: "kw", keywords: ["keepends"], py2Kind: "args" },
  expandtabs: { min: 0, max: 1, kind: "kw", keywords: ["tabsize"], py2Kind: "args" },
  decode: { min: 0, max: 2, kind: "args" },
  translate: { min: 1, max: 1, kind: "one", py2Kind: "args", py2Max: 2 },
  encode: { min: 0, max: 2, kind: "kw", keywords: ["encoding", "errors"], py2Kind: "args", py2Keywords: true },
};

const INT_SIGNATURES: Record<string, Signature> = {
  to_bytes: { min: 0, max: 2, kind: "kw", keywords: ["length", "byteorder", "signed"] },
};

function signatureOf(type: string, name: string): Signature {
  const table = type === "str" ? STR_SIGNATURES : type === "float" ? undefined : INT_SIGNATURES;
  return table?.[name] ?? NOARGS;
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** Checks the argument count and binds keyword arguments to positions, with CPython's messages. */
function bindArgs(type: string, name: string, args: unknown[], kwargs: Record<string, unknown> | null): unknown[] {
  const sig = signatureOf(type, name);
  const bound = args.slice();
  const keywordNames = kwargs === null ? [] : Object.keys(kwargs);
  if (keywordNames.length > 0) {
    if ((isPy2() && sig.py2Keywords !== true) || sig.kind !== "kw") {
      throw new TypeError(isPy2() ? `${name}() takes no keyword arguments` : `${type}.${name}() takes no keyword arguments`);
    }
    for (const key of keywordNames) {
      const position = sig.keywords!.indexOf(key);
      if (position < 0) throw new TypeError(`'${key}' is an invalid keyword argument for ${name}()`);
      if (position < args.length) {
        throw new TypeError(`argument for ${name}() given by name ('${key}') and position (${position + 1})`);
      }
      while (bound.length < position) bound.push(undefined);
      bound[position] = kwargs![key];
    }
  }
  const n = args.length;
  const max = isPy2() ? sig.py2Max ?? sig.max : sig.max;
  if (n < sig.min || n > max) throw new TypeError(arityMessage(type, name, { ...sig, max }, n));
  return bound;
}

function arityMessage(type: string, name: string, sig: Signature, n: number): string {
  const py2 = isPy2();
  const kind = py2 ? (sig.kind === "noargs" ? "noargs" : sig.py2Kind ?? (sig.kind === "one" ? "one" : "args")) : sig.kind;
  const shownName = py2 ? sig.py2Name ?? name : name;
  const limit = n < sig.min ? sig.min : sig.max;
  switch (kind) {
    case "noargs":
      return `${py2 ? "" : type + "."}${name}() takes no arguments (${n} given)`;
    case "one":
      return `${py2 ? "" : type + "."}${name}() takes exactly one argument (${n} given)`;
    case "clinic": {
      const how = sig.min === sig.max ? "" : n < sig.min ? "at least " : "at most ";
      return `${name} expected ${how}${limit} argument${plural(limit)}, got ${n}`;
    }
    default: {
      const how = sig.min === sig.max ? "exactly" : n < sig.min ? "at least" : "at most";
      return `${shownName}() takes ${how} ${limit} argument${plural(limit)} (${n} given)`;
    }
  }
}
