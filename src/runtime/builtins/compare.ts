// Python's comparison operators (eq ne lt le gt ge) and identity (is_, is_not).
// Numbers compare exactly across int, bigint, float and bool; strings by code
// point; lists and tuples lexicographically; objects through __eq__/__lt__ and
// their reflections. Python 3 refuses to order unrelated types; Python 2 orders
// them by its fallback rule (None < numbers < other types by type name).

import { isPy2 } from "./dialect.js";
import { unwrapGenerator } from "./generators.js";
import { TypeError } from "./exceptions.js";
import { PyList } from "./list.js";
import { NotImplemented } from "./notImplemented.js";
import { NOT_NUMBER, comparable, numberKind } from "./numeric.js";
import { addressOf, PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./types.js";

type Method = (this: unknown, other: unknown) => unknown;

function methodOf(v: unknown, name: string): Method | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const m = (v as Record<string, unknown>)[name];
  return typeof m === "function" ? (m as Method) : undefined;
}

// Comparisons return a bool, except that a special method's own result (any
// object) is passed through, as in Python: `a < b` is whatever a.__lt__ returned.

/** `a == b` */
export function eq(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  return eqSlow(a, b);
}

function eqSlow(a: unknown, b: unknown): any {
  // undefined is None (see repr.ts).
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (numberKind(a) !== NOT_NUMBER && numberKind(b) !== NOT_NUMBER) {
    // Loose equality compares a bigint and a number by exact value.
    // eslint-disable-next-line eqeqeq
    return comparable(a) == comparable(b);
  }
  if (a instanceof PyList || a instanceof PyTuple) {
    if (b instanceof PyList || b instanceof PyTuple) {
      // A list never equals a tuple; subclasses compare as their base.
      if (a instanceof PyList !== b instanceof PyList) return false;
      return sequenceEq(a, b);
    }
  }
  const r = richCompare(a, b, "__eq__", "__eq__");
  if (r !== NotImplemented) return r;
  if (isPy2() && hasCmp(a, b)) return py2Compare(a, b) === 0;
  return a === b;
}

function hasCmp(a: unknown, b: unknown): boolean {
  return methodOf(a, "__cmp__") !== undefined || methodOf(b, "__cmp__") !== undefined;
}

/** `a != b` */
export function ne(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (typeof a === "string" && typeof b === "string") return a !== b;
  if (neMethodOf(a) === undefined && neMethodOf(b) === undefined) {
    // Python 3's object.__ne__ inverts __eq__; Python 2 has no default __ne__,
    // so a class with only __eq__ falls back to identity for !=.
    if (isPy2() && (methodOf(a, "__eq__") !== undefined || methodOf(b, "__eq__") !== undefined)) {
      if (!(a instanceof PyList || a instanceof PyTuple)) return a !== b;
    }
    return !truthyResult(eqSlow(a, b));
  }
  const r = richCompare(a, b, "__ne__", "__ne__");
  if (r !== NotImplemented) return r;
  if (isPy2() && hasCmp(a, b)) return py2Compare(a, b) !== 0;
  return a !== b;
}

/** A class's `__ne__`; Python 2's object has none (PyObject's default is Python 3's, which inverts __eq__). */
function neMethodOf(v: unknown): Method | undefined {
  const method = methodOf(v, "__ne__");
  return isPy2() && method === PyObject.prototype.__ne__ ? undefined : method;
}

function sequenceEq(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // Containers compare items with an identity shortcut first (PyObject_RichCompare's `is`).
    if (!Object.is(x, y) && !truthyResult(eq(x, y))) return false;
  }
  return true;
}

/** The first-tried method and its reflection, in CPython's order. */
function richCompare(a: unknown, b: unknown, name: string, reflected: string): unknown {
  const forward = methodOf(a, name);
  let back = methodOf(b, reflected);
  if (back !== undefined && isProperSubclass(b, a)) {
    const r = back.call(b, a);
    if (r !== NotImplemented) return r;
    back = undefined;
  }
  if (forward !== undefined) {
    const r = forward.call(a, b);
    if (r !== NotImplemented) return r;
  }
  if (back !== undefined) {
    const r = back.call(b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

function isProperSubclass(b: unknown, a: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return b.constructor !== a.constructor && b instanceof (a.constructor as Function);
}

// A comparison method may return any object; containers take its truth value.
export function truthyResult(r: unknown): boolean {
  if (typeof r === "boolean") return r;
  return truthHook(r);
}

let truthHook: (v: unknown) => boolean = Boolean;

/** truth.ts installs Python truthiness here (it imports this module). */
export function setComparisonTruth(hook: (v: unknown) => boolean): void {
  truthHook = hook;
}

/** `a < b` */
export function lt(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return compareOp(a, b, LT);
}

/** `a <= b` */
export function le(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return compareOp(a, b, LE);
}

/** `a > b` */
export function gt(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return compareOp(a, b, GT);
}

/** `a >= b` */
export function ge(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return compareOp(a, b, GE);
}

interface OrderOp {
  readonly symbol: string;
  readonly name: string;
  readonly reflected: string;
  readonly test: (x: any, y: any) => boolean;
}

const LT: OrderOp = { symbol: "<", name: "__lt__", reflected: "__gt__", test: (x, y) => x < y };
const LE: OrderOp = { symbol: "<=", name: "__le__", reflected: "__ge__", test: (x, y) => x <= y };
const GT: OrderOp = { symbol: ">", name: "__gt__", reflected: "__lt__", test: (x, y) => x > y };
const GE: OrderOp = { symbol: ">=", name: "__ge__", reflected: "__le__", test: (x, y) => x >= y };

/** `a <op> b` for an ordering operator. */
function compareOp(a: unknown, b: unknown, op: OrderOp): any {
  if (numberKind(a) !== NOT_NUMBER && numberKind(b) !== NOT_NUMBER) return op.test(comparable(a), comparable(b));
  if (typeof a === "string" && typeof b === "string") return op.test(strCompare(a, b), 0);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return sequenceOrder(a, b, op);
  }
  const r = richCompare(a, b, op.name, op.reflected);
  if (r !== NotImplemented) return r;
  if (isPy2()) return op.test(py2Compare(a, b), 0);
  throw new TypeError(`'${op.symbol}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

// Lexicographic: the first pair of items that differ decides, else the lengths.
function sequenceOrder(a: readonly unknown[], b: readonly unknown[], op: OrderOp): any {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (Object.is(x, y) || truthyResult(eq(x, y))) continue;
    return compareOp(x, y, op);
  }
  return op.test(a.length, b.length);
}

/**
 * Compares strings by code point. JavaScript's `<` compares UTF-16 code units,
 * which differs only when a surrogate (a character beyond U+FFFF) meets a
 * character in U+E000..U+FFFF.
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      const xs = x <= 0xdfff;
      const ys = y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
    }
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Python 2's last resort for ordering (default_3way_compare): __cmp__ if
 * defined; otherwise None is smallest, numbers come next, other values order by
 * type name, and values of one type by address.
 */
function py2Compare(a: unknown, b: unknown): number {
  const cmpA = methodOf(a, "__cmp__");
  if (cmpA !== undefined) {
    const r = cmpA.call(a, b);
    if (r !== NotImplemented) return Number(r);
  }
  const cmpB = methodOf(b, "__cmp__");
  if (cmpB !== undefined) {
    const r = cmpB.call(b, a);
    if (r !== NotImplemented) return -Number(r);
  }
  if (a === b) return 0;
  const ta = typeName(a);
  const tb = typeName(b);
  if (ta === tb && (typeof a === "object" || typeof a === "function") && a !== null && (typeof b === "object" || typeof b === "function") && b !== null) {
    return addressOf(a) < addressOf(b) ? -1 : 1;
  }
  if (a === null) return -1;
  if (b === null) return 1;
  const na = numberKind(a) !== NOT_NUMBER ? "" : ta;
  const nb = numberKind(b) !== NOT_NUMBER ? "" : tb;
  if (na !== nb) return na < nb ? -1 : 1;
  return 0;
}

/** `a is b` (undefined is None, see repr.ts) */
export function is_(a: unknown, b: unknown): boolean {
  return Object.is(unwrapGenerator(a ?? null), unwrapGenerator(b ?? null));
}

/** `a is not b` */
export function is_not(a: unknown, b: unknown): boolean {
  return !is_(a, b);
}

