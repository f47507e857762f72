// The few numeric operations random.py performs, with Python's int/float rules:
// int arithmetic is exact (number while safe, bigint beyond), an int meeting a
// float is converted to the nearest double first (OverflowError when too large),
// and float division by zero raises. Results stay unboxed doubles until the
// public functions box integral floats (toFloat).

import { isPy2 } from "../builtins/dialect.js";
import { PyFloat, toFloat } from "../builtins/float.js";
import { OverflowError, TypeError, ZeroDivisionError } from "../builtins/exceptions.js";
import { typeName } from "./sequences.js";

export type Int = number | bigint;

/** A Python int (bool included): a safe integral number, a bigint or a boolean. */
export function isIntValue(v: unknown): v is number | bigint | boolean {
  return (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint" || typeof v === "boolean";
}

export function isFloatValue(v: unknown): v is number | PyFloat {
  return (typeof v === "number" && !Number.isInteger(v)) || v instanceof PyFloat;
}

export function isNumberValue(v: unknown): boolean {
  return isIntValue(v) || isFloatValue(v);
}

/** A bigint back to a number when it is safe (docs/architecture.md §4). */
export function normInt(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function asBigInt(v: number | bigint | boolean): bigint {
  return typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? (v ? 1 : 0) : v);
}

/** An int value (bool -> 0/1) as Int. */
export function asInt(v: number | bigint | boolean): Int {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) - BigInt(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) * BigInt(b));
}

/** Python's a // b for ints, b != 0 (floor division). */
export function intFloorDiv(a: Int, b: Int): Int {
  const x = BigInt(a);
  const y = BigInt(b);
  const q = x / y;
  return normInt((x % y !== 0n) && ((x < 0n) !== (y < 0n)) ? q - 1n : q);
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function bitLength(n: Int): number {
  if (typeof n === "number") {
    const a = Math.abs(n);
    return a < 2 ** 31 ? 32 - Math.clz32(a) : BigInt(a).toString(2).length;
  }
  return (n < 0n ? -n : n).toString(2).length;
}

/** Python's float(v) for an int, bool or float; anything else is a TypeError. */
export function toDouble(v: unknown): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") {
    const d = Number(v);
    if (!Number.isFinite(d)) throw new OverflowError(isPy2() ? "long int too large to convert to float" : "int too large to convert to float");
    return d;
  }
  throw new TypeError(`must be real number, not ${typeName(v)}`);
}

/** Python's a + b, a - b for int/float operands: an exact int for two ints, else a (boxed) float. */
export function numAdd(a: unknown, b: unknown): Int | number | PyFloat {
  if (isIntValue(a) && isIntValue(b)) return intAdd(asInt(a), asInt(b));
  return toFloat(toDouble(a) + toDouble(b));
}

export function numSub(a: unknown, b: unknown): Int | number | PyFloat {
  if (isIntValue(a) && isIntValue(b)) return intSub(asInt(a), asInt(b));
  return toFloat(toDouble(a) - toDouble(b));
}

/** Python's true division a / b (ints divide exactly, then round once). */
export function trueDivide(a: unknown, b: unknown): number {
  if (isIntValue(a) && isIntValue(b)) {
    const x = asInt(a);
    const y = asInt(b);
    if (y === 0 || y === 0n) throw new ZeroDivisionError("division by zero");
    if (typeof x === "number" && typeof y === "number") return x / y;
    return bigTrueDivide(BigInt(x), BigInt(y));
  }
  return floatDivide(toDouble(a), toDouble(b));
}

export function floatDivide(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float division by zero");
  return a / b;
}

/** Python's float % (the result takes the divisor's sign). */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float modulo");
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else {
    m = b < 0 ? -0 : 0;
  }
  return m;
}

/** x / y correctly rounded for bigints (CPython's long true division rounds once). */
function bigTrueDivide(x: bigint, y: bigint): number {
  const negative = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  // Scale so the quotient has 55+ significant bits, then round the integer quotient
  // with a sticky bit: Number() of an odd/even pair rounds as the exact value would.
  const shift = 60 - (x.toString(2).length - y.toString(2).length);
  const q = shift >= 0 ? (x << BigInt(shift)) / y : x / (y << BigInt(-shift));
  const rem = shift >= 0 ? (x << BigInt(shift)) % y : x % (y << BigInt(-shift));
  const sticky = rem !== 0n ? 1n : 0n;
  const scaled = Number((q << 1n) | sticky);
  const value = scaled * 2 ** -(shift + 1);
  if (!Number.isFinite(value)) throw new OverflowError("integer division result too large for a float");
  return negative ? -value : value;
}
