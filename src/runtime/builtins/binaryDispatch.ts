// Python's binary-operator protocol for objects: a.__add__(b), then the
// reflected b.__radd__(a) (first when b's type is a subclass of a's), each able
// to decline with NotImplemented; then CPython's TypeError. Numbers and strings
// never get here with each other: operator.ts handles them before dispatching.

import { TypeError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { NotImplemented } from "./notImplemented.js";
import { typeName } from "./types.js";

export interface OpSlot {
  /** The operator as CPython's messages show it: '+', '//', '**'. */
  readonly symbol: string;
  readonly name: string;
  readonly rname: string;
  readonly iname: string;
}

function slot(symbol: string, base: string): OpSlot {
  return { symbol, name: `__${base}__`, rname: `__r${base}__`, iname: `__i${base}__` };
}

export const ADD = slot("+", "add");
export const SUB = slot("-", "sub");
export const MUL = slot("*", "mul");
export const MATMUL = slot("@", "matmul");
export const TRUEDIV = slot("/", "truediv");
export const DIV = slot("/", "div");
export const FLOORDIV = slot("//", "floordiv");
export const MOD = slot("%", "mod");
export const POW = slot("**", "pow");
export const LSHIFT = slot("<<", "lshift");
export const RSHIFT = slot(">>", "rshift");
export const AND = slot("&", "and");
export const OR = slot("|", "or");
export const XOR = slot("^", "xor");

type Dunder = (this: unknown, other: unknown) => unknown;

/** An object that may define special methods (not a primitive, not a float box). */
function dunderOf(v: unknown, name: string): Dunder | undefined {
  if (typeof v !== "object" || v === null || v instanceof PyFloat) return undefined;
  const method = (v as Record<string, unknown>)[name];
  return typeof method === "function" ? (method as Dunder) : undefined;
}

function sameType(a: unknown, b: unknown): boolean {
  return typeof a === "object" && typeof b === "object" && a !== null && b !== null && a.constructor === b.constructor;
}

function isProperSubclassInstance(b: unknown, a: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return b.constructor !== a.constructor && b instanceof (a.constructor as Function);
}

/** Tries a's method and b's reflected method; NotImplemented when both decline or are missing. */
export function binaryDunder(a: unknown, b: unknown, op: OpSlot): unknown {
  const forward = dunderOf(a, op.name);
  let reflected = sameType(a, b) ? undefined : dunderOf(b, op.rname);
  if (reflected !== undefined && forward !== undefined && isProperSubclassInstance(b, a)) {
    const r = reflected.call(b, a);
    if (r !== NotImplemented) return r;
    reflected = undefined;
  }
  if (forward !== undefined) {
    const r = forward.call(a, b);
    if (r !== NotImplemented) return r;
  }
  if (reflected !== undefined) {
    const r = reflected.call(b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** The in-place method a.__iadd__(b) alone; NotImplemented when missing or declined. */
export function inplaceDunder(a: unknown, b: unknown, op: OpSlot): unknown {
  const method = dunderOf(a, op.iname);
  return method === undefined ? NotImplemented : method.call(a, b);
}

export function unsupportedOperands(symbol: string, a: unknown, b: unknown): never {
  throw new TypeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** A unary special method (__neg__, __pos__, __invert__, __abs__) or CPython's TypeError. */
export function unaryDunder(v: unknown, name: string, what: string): unknown {
  const method = dunderOf(v, name) as ((this: unknown) => unknown) | undefined;
  if (method !== undefined) return method.call(v);
  throw new TypeError(`bad operand type for ${what}: '${typeName(v)}'`);
}
