// Python's arithmetic and bitwise operators under the names of the `operator`
// module: `a + b` lowers to `add(a, b)` when the operand types are not known at
// compile time. Each function tries the int fast path (two safe-integer numbers,
// allocation-free), then mixed int/float/bool arithmetic, sequences, and finally
// the objects' special methods (binaryDispatch.ts) and CPython's TypeError.

import {
  ADD, AND, DIV, FLOORDIV, LSHIFT, MOD, MUL, OR, POW, RSHIFT, SUB, TRUEDIV, XOR,
  binaryDunder, unaryDunder, unsupportedOperands, type OpSlot,
} from "./binaryDispatch.js";
import { isPy2 } from "./dialect.js";
import { OverflowError, TypeError, ZeroDivisionError } from "./exceptions.js";
import { isLong, longIfAny, PyLong } from "./long.js";
import {
  PyFloat, floatFloorDiv, floatMod, floatPow, floatTrueDiv, toFloat,
} from "./float.js";
import {
  intAdd, intAnd, intFloorDiv, intInvert, intLshift, intMod, intMul, intNeg, intOr,
  intPowMod, intPowNonNegative, intRshift, intSub, intXor, normBig, type Int,
} from "./int.js";
import { intTrueDiv } from "./intTrueDiv.js";
import { PyList } from "./list.js";
import { NotImplemented } from "./notImplemented.js";
import { FLOAT_KIND, INT_KIND, floatOf, intOf, numberKind } from "./numeric.js";
import { percentFormat, py2PercentFormat } from "./percentFormat.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./types.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** `a + b` */
export function add(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      return normBig(BigInt(a) + BigInt(b));
    }
    return toFloat(r);
  }
  if (typeof a === "string" && typeof b === "string") return a + b;
  return addSlow(a, b, ADD.symbol);
}

/** `a + b` beyond the fast paths; `symbol` is '+=' when reached from iadd. */
export function addSlow(a: unknown, b: unknown, symbol: string): any {
  const r = numeric(a, b, intAdd, (x, y) => x + y);
  if (r !== undefined) return r;
  if (a instanceof PyList && b instanceof PyList) return concat(new PyList(), a, b);
  if (a instanceof PyTuple && b instanceof PyTuple) return concat(new PyTuple(), a, b);
  const d = binaryDunder(a, b, ADD);
  if (d !== NotImplemented) return d;
  if (typeof a === "string") {
    throw new TypeError(
      isPy2() ? `cannot concatenate 'str' and '${typeName(b)}' objects` : `can only concatenate str (not "${typeName(b)}") to str`,
    );
  }
  if (a instanceof PyList || a instanceof PyTuple) {
    throw new TypeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  return unsupportedOperands(symbol, a, b);
}

function concat<T extends { push(item: unknown): number }>(out: T, a: ArrayLike<unknown>, b: ArrayLike<unknown>): T {
  for (let i = 0; i < a.length; i++) out.push(a[i]);
  for (let i = 0; i < b.length; i++) out.push(b[i]);
  return out;
}

/**
 * Mixed int/float/bool arithmetic: ints stay exact, a float operand makes the
 * other one a float. undefined when either operand is not a number.
 */
function numeric(a: unknown, b: unknown, intOp: (x: Int, y: Int) => unknown, floatOp: (x: number, y: number) => unknown): unknown {
  const ka = numberKind(a);
  const kb = numberKind(b);
  if (ka === 0 || kb === 0) return undefined;
  if (ka === INT_KIND && kb === INT_KIND) {
    if (!isPy2() || !(isLong(a) || isLong(b))) return intOp(intOf(a), intOf(b));
    return longIfAny(longDivision(() => intOp(intOf(a), intOf(b))), a, b);
  }
  const r = floatOp(floatOf(a), floatOf(b));
  return typeof r === "number" ? toFloat(r) : r;
}

/** Python 2 names the long type when a long operand is divided by zero. */
function longDivision<R>(operation: () => R): R {
  try {
    return operation();
  } catch (error) {
    if (error instanceof ZeroDivisionError && /^integer division or modulo by zero$/.test(String(error.args[0]))) {
      throw new ZeroDivisionError("long division or modulo by zero");
    }
    throw error;
  }
}

function binary(a: unknown, b: unknown, op: OpSlot, symbol: string): unknown {
  const d = binaryDunder(a, b, op);
  if (d !== NotImplemented) return d;
  return unsupportedOperands(symbol, a, b);
}

/** `a - b` */
export function sub(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      return normBig(BigInt(a) - BigInt(b));
    }
    return toFloat(r);
  }
  return subSlow(a, b, SUB.symbol);
}

export function subSlow(a: unknown, b: unknown, symbol: string): any {
  return numeric(a, b, intSub, (x, y) => x - y) ?? binary(a, b, SUB, symbol);
}

/** `a * b`, including sequence repetition ('ab' * 3, [0] * n). */
export function mul(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
      return normBig(BigInt(a) * BigInt(b));
    }
    return toFloat(r);
  }
  return mulSlow(a, b, MUL.symbol);
}

export function mulSlow(a: unknown, b: unknown, symbol: string): any {
  const r = numeric(a, b, intMul, (x, y) => x * y);
  if (r !== undefined) return r;
  // Builtin sequences repeat without consulting special methods (a list's
  // __rmul__ would reject a str count that CPython reports against the str).
  if (isExactSequence(a) && isBuiltinOperand(b)) return repeat(a, b);
  if (isExactSequence(b) && isBuiltinOperand(a)) return repeat(b, a);
  const d = binaryDunder(a, b, MUL);
  if (d !== NotImplemented) return d;
  // CPython repeats the left operand when it is a sequence, else the right one.
  if (isSequence(a)) return repeat(a, b);
  if (isSequence(b)) return repeat(b, a);
  return unsupportedOperands(symbol, a, b);
}

function isExactSequence(v: unknown): v is string | PyList | PyTuple {
  return typeof v === "string" || (typeof v === "object" && v !== null && (v.constructor === PyList || v.constructor === PyTuple));
}

function isBuiltinOperand(v: unknown): boolean {
  return typeof v !== "object" || v === null || v instanceof PyFloat || isExactSequence(v);
}

function isSequence(v: unknown): v is string | PyList | PyTuple {
  return typeof v === "string" || v instanceof PyList || v instanceof PyTuple;
}

/** seq * n: n copies (none for n <= 0). */
export function repeat<S extends string | PyList | PyTuple>(seq: S, count: unknown): S {
  if (numberKind(count) !== INT_KIND) {
    const index = (count as { __index__?: () => unknown } | null)?.__index__;
    if (typeof index === "function") return repeat(seq, index.call(count));
    throw new TypeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
  }
  const n = intOf(count);
  if (typeof n === "bigint") {
    if (n < 0n || seq.length === 0) return (typeof seq === "string" ? "" : emptyLike(seq)) as S;
    throw new OverflowError(`cannot fit '${typeName(n)}' into an index-sized integer`);
  }
  if (typeof seq === "string") return (n <= 0 ? "" : seq.repeat(n)) as S;
  const out = emptyLike(seq);
  for (let k = 0; k < n; k++) for (let i = 0; i < seq.length; i++) out.push(seq[i]);
  return out as S;
}

function emptyLike(seq: PyList | PyTuple): PyList | PyTuple {
  return seq instanceof PyTuple ? new PyTuple() : new PyList();
}

/** `a / b` with true division: Python 3, or Python 2 under `from __future__ import division`. */
export function truediv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isInteger(a) && Number.isInteger(b)) return intTrueDiv(a, b);
    return floatTrueDiv(a, b);
  }
  return truedivSlow(a, b, TRUEDIV.symbol);
}

export function truedivSlow(a: unknown, b: unknown, symbol: string): any {
  return numeric(a, b, intTrueDiv, floatTrueDiv) ?? binary(a, b, TRUEDIV, symbol);
}

/** Python 2's classic `a / b`: floor division for two ints, true division otherwise. */
export function div(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isInteger(a) && Number.isInteger(b)) return intFloorDiv(a, b);
    return floatTrueDiv(a, b);
  }
  return divSlow(a, b, DIV.symbol);
}

export function divSlow(a: unknown, b: unknown, symbol: string): any {
  return numeric(a, b, intFloorDiv, floatTrueDiv) ?? binary(a, b, DIV, symbol);
}

/** `a // b` */
export function floordiv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b)) {
    return intFloorDiv(a, b);
  }
  return floordivSlow(a, b, FLOORDIV.symbol);
}

export function floordivSlow(a: unknown, b: unknown, symbol: string): any {
  return numeric(a, b, intFloorDiv, floatFloorDiv) ?? binary(a, b, FLOORDIV, symbol);
}

/** `a % b`: remainder for numbers, %-formatting for a str left operand. */
export function mod(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b)) {
    return intMod(a, b);
  }
  if (typeof a === "string") return isPy2() ? py2PercentFormat(a, b) : percentFormat(a, b);
  return modSlow(a, b, MOD.symbol);
}

export function modSlow(a: unknown, b: unknown, symbol: string): any {
  if (typeof a === "string") return isPy2() ? py2PercentFormat(a, b) : percentFormat(a, b);
  return numeric(a, b, intMod, floatMod) ?? binary(a, b, MOD, symbol);
}

/** `a ** b`, and the builtin pow(a, b[, m]). */
export function pow(a: any, b: any, m?: any): any {
  if (m !== undefined && m !== null) return powMod(a, b, m);
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b) && b >= 0) {
    return intPowNonNegative(a, b);
  }
  return powSlow(a, b, "** or pow()");
}

/** pow(a, b, m): ints only. */
function powMod(a: unknown, b: unknown, m: unknown): unknown {
  if (numberKind(a) === INT_KIND && numberKind(b) === INT_KIND && numberKind(m) === INT_KIND) {
    return longIfAny(longIfAny(intPowMod(intOf(a), intOf(b), intOf(m)), a, b), m);
  }
  if (numberKind(a) !== 0 && numberKind(b) !== 0 && numberKind(m) !== 0) {
    throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  const types = `'${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`;
  throw new TypeError(`unsupported operand type(s) for ${isPy2() ? "pow()" : "** or pow()"}: ${types}`);
}

export function powSlow(a: unknown, b: unknown, symbol: string): any {
  return numeric(a, b, intPow, floatPow) ?? binary(a, b, POW, symbol);
}

function intPow(a: Int, b: Int): unknown {
  // A negative exponent makes a float: 2 ** -1 == 0.5, 0 ** -1 raises.
  if (b < 0) return floatPow(Number(a), Number(b));
  return intPowNonNegative(a, b);
}

/** `a << b` */
export function lshift(a: any, b: any): any {
  return intOnly(a, b, intLshift, LSHIFT, LSHIFT.symbol);
}

/** `a >> b` */
export function rshift(a: any, b: any): any {
  return intOnly(a, b, intRshift, RSHIFT, RSHIFT.symbol);
}

/** `a & b` (bool & bool stays a bool) */
export function and_(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a && b;
  return intOnly(a, b, intAnd, AND, AND.symbol);
}

/** `a | b` */
export function or_(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a || b;
  return intOnly(a, b, intOr, OR, OR.symbol);
}

/** `a ^ b` */
export function xor(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a !== b;
  return intOnly(a, b, intXor, XOR, XOR.symbol);
}

/** Shifts and bitwise operators: ints (and bools) only, then special methods. */
export function intOnly(a: unknown, b: unknown, intOp: (x: Int, y: Int) => Int, op: OpSlot, symbol: string): any {
  if (numberKind(a) === INT_KIND && numberKind(b) === INT_KIND) return longIfAny(intOp(intOf(a), intOf(b)), a, b);
  return binary(a, b, op, symbol);
}

/** `-a` */
export function neg(a: any): any {
  if (typeof a === "number") return Number.isInteger(a) ? 0 - a : -a;
  const kind = numberKind(a);
  if (kind === INT_KIND) return longIfAny(intNeg(intOf(a)), a);
  if (kind === FLOAT_KIND) return new PyFloat(-(a as PyFloat).value);
  return unaryDunder(a, "__neg__", "unary -");
}

/** `+a` */
export function pos(a: any): any {
  const kind = numberKind(a);
  if (kind === INT_KIND) return a instanceof PyLong ? a : intOf(a);
  if (kind === FLOAT_KIND) return a;
  return unaryDunder(a, "__pos__", "unary +");
}

/** `~a` */
export function invert(a: any): any {
  if (numberKind(a) === INT_KIND) return longIfAny(intInvert(intOf(a)), a);
  return unaryDunder(a, "__invert__", "unary ~");
}
