// Augmented assignment (`x += y` lowers to `x = iadd(x, y)`): the in-place
// method __iadd__ when the left operand has one, otherwise the binary operator
// (CPython's messages then name the augmented symbol, '+='). A list extends
// itself in place and is returned, so every alias of it sees the change.

import {
  ADD, AND, DIV, FLOORDIV, LSHIFT, MOD, MUL, OR, POW, RSHIFT, SUB, TRUEDIV, XOR,
  inplaceDunder, type OpSlot,
} from "./binaryDispatch.js";
import { isPy2 } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import { intAnd, intLshift, intOr, intRshift, intXor, type Int } from "./int.js";
import { PyList } from "./list.js";
import { NotImplemented } from "./notImplemented.js";
import { INT_KIND, intOf, numberKind } from "./numeric.js";
import {
  add, addSlow, div, divSlow, floordiv, floordivSlow, intOnly, mod, modSlow, mul, mulSlow, pow, powSlow, sub, subSlow, truediv, truedivSlow,
} from "./operator.js";
import { typeName } from "./types.js";

/** `a += b` */
export function iadd(a: any, b: any): any {
  if ((typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string")) return add(a, b);
  if (a instanceof PyList) {
    extendList(a, b);
    return a;
  }
  const r = inplaceDunder(a, b, ADD);
  return r !== NotImplemented ? r : addSlow(a, b, "+=");
}

/** list += iterable: list.extend semantics (any iterable; the list itself is copied first). */
function extendList(list: PyList, items: unknown): void {
  if (Array.isArray(items)) {
    const n = items.length;
    for (let i = 0; i < n; i++) list.push(items[i]);
    return;
  }
  if (typeof items === "string" || (typeof items === "object" && items !== null && Symbol.iterator in items)) {
    for (const item of [...(items as Iterable<unknown>)]) list.push(item);
    return;
  }
  throw new TypeError(`'${typeName(items)}' object is not iterable`);
}

/** `a *= b` (a list repeats itself in place) */
export function imul(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return mul(a, b);
  if (a instanceof PyList && numberKind(b) === INT_KIND) {
    const n = intOf(b);
    const len = a.length;
    if (n <= 0) a.length = 0;
    for (let k = 1; k < n; k++) for (let i = 0; i < len; i++) a.push(a[i]);
    return a;
  }
  const r = inplaceDunder(a, b, MUL);
  return r !== NotImplemented ? r : mulSlow(a, b, "*=");
}

// The other augmented operators have no built-in in-place form: numbers and
// strings are immutable, so only an object's __ixxx__ method can differ.
type Slow = (a: unknown, b: unknown, symbol: string) => unknown;

function inplace(a: unknown, b: unknown, op: OpSlot, slow: Slow, symbol: string): unknown {
  if (typeof a === "object" && a !== null) {
    const r = inplaceDunder(a, b, op);
    if (r !== NotImplemented) return r;
  }
  return slow(a, b, symbol);
}

/** `a -= b` */
export function isub(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return sub(a, b);
  return inplace(a, b, SUB, subSlow, "-=");
}

/** `a /= b` with true division */
export function itruediv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return truediv(a, b);
  return inplace(a, b, TRUEDIV, truedivSlow, "/=");
}

/** `a /= b` with Python 2's classic division */
export function idiv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return div(a, b);
  return inplace(a, b, DIV, divSlow, "/=");
}

/** `a //= b` */
export function ifloordiv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return floordiv(a, b);
  return inplace(a, b, FLOORDIV, floordivSlow, "//=");
}

/** `a %= b` */
export function imod(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return mod(a, b);
  if (typeof a === "string") return mod(a, b);
  return inplace(a, b, MOD, modSlow, "%=");
}

/** `a **= b` */
export function ipow(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return pow(a, b);
  return inplace(a, b, POW, powSlow, isPy2() ? "** or pow()" : "**=");
}

function bitwise(intOp: (x: Int, y: Int) => Int, op: OpSlot): Slow {
  return (a, b, symbol) => intOnly(a, b, intOp, op, symbol);
}

/** `a <<= b` */
export function ilshift(a: any, b: any): any {
  return inplace(a, b, LSHIFT, bitwise(intLshift, LSHIFT), "<<=");
}

/** `a >>= b` */
export function irshift(a: any, b: any): any {
  return inplace(a, b, RSHIFT, bitwise(intRshift, RSHIFT), ">>=");
}

/** `a &= b` */
export function iand(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a && b;
  return inplace(a, b, AND, bitwise(intAnd, AND), "&=");
}

/** `a |= b` */
export function ior(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a || b;
  return inplace(a, b, OR, bitwise(intOr, OR), "|=");
}

/** `a ^= b` */
export function ixor(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a !== b;
  return inplace(a, b, XOR, bitwise(intXor, XOR), "^=");
}
