// Python truthiness (`if x:`, `not x`, `and`/`or` operands) and membership
// (`x in y`). Containers answer through their length or __bool__/__len__
// (__nonzero__ in Python 2), membership through __contains__ or iteration.

import { fail } from "../../util/assert.js";
import { eq, lt, setComparisonTruth } from "./compare.js";
import { isPy2 } from "./dialect.js";
import { TypeError, ValueError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { PyLong } from "./long.js";
import { typeName } from "./types.js";

interface Truthful {
  __bool__?: () => unknown;
  __nonzero__?: () => unknown;
  __len__?: () => unknown;
}

/** bool(v) as a JavaScript boolean. */
export function truthy(v: unknown): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0; // NaN is true in Python
    case "string":
      return v.length > 0;
    case "bigint":
      return v !== 0n;
    case "object":
      return v === null ? false : v instanceof PyLong ? v.value !== 0n : objectTruth(v);
    case "function":
      return true;
    case "undefined":
      return false; // None (see repr.ts)
    default:
      return fail(`truth value of a JavaScript ${typeof v} value`);
  }
}

function objectTruth(v: object): boolean {
  if (v instanceof PyFloat) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  const obj = v as Truthful;
  const boolMethod = isPy2() ? obj.__nonzero__ : obj.__bool__;
  if (typeof boolMethod === "function") {
    const r = boolMethod.call(v);
    if (typeof r === "boolean") return r;
    if (isPy2() && typeof r === "number" && Number.isInteger(r)) return r !== 0;
    const name = isPy2() ? "__nonzero__" : "__bool__";
    throw new TypeError(
      isPy2() ? `${name} should return bool or int, returned ${typeName(r)}` : `${name} should return bool, returned ${typeName(r)}`,
    );
  }
  if (typeof obj.__len__ === "function") {
    const n = obj.__len__.call(v);
    if (typeof n === "number" || typeof n === "bigint") {
      if (n < 0) throw new ValueError("__len__() should return >= 0");
      return n > 0;
    }
    if (typeof n === "boolean") return n;
    throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  return true;
}

setComparisonTruth(truthy);

/** `not v` */
export function not_(v: unknown): boolean {
  return !truthy(v);
}

/** `item in container` */
export function contains(container: any, item: any): boolean {
  if (typeof container === "string") {
    if (typeof item === "object" && item !== null && (item as { isUnicode?: unknown }).isUnicode === true) {
      return (item as unknown as { containedIn(s: string): boolean }).containedIn(container);
    }
    if (typeof item !== "string") {
      throw new TypeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    }
    return container.includes(item);
  }
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const x = container[i];
      if (Object.is(x, item) || truthy(eq(x, item))) return true;
    }
    return false;
  }
  if (typeof container === "object" && container !== null) {
    const method = (container as { __contains__?: (x: unknown) => unknown }).__contains__;
    if (typeof method === "function") return truthy(method.call(container, item));
    if (typeof (container as Iterable<unknown>)[Symbol.iterator] === "function") {
      for (const x of container as Iterable<unknown>) if (Object.is(x, item) || truthy(eq(x, item))) return true;
      return false;
    }
  }
  throw new TypeError(`argument of type '${typeName(container)}' is not iterable`);
}

/** Python 2's cmp(x, y): -1, 0 or 1, through __cmp__ when the left operand defines it. */
export function cmp(a: any, b: any): number {
  if (a !== null && typeof a === "object" && typeof a.__cmp__ === "function") return Math.sign(Number(a.__cmp__(b)));
  if (b !== null && typeof b === "object" && typeof b.__cmp__ === "function") return -Math.sign(Number(b.__cmp__(a)));
  if (truthy(eq(a, b))) return 0;
  return truthy(lt(a, b)) ? -1 : 1;
}
