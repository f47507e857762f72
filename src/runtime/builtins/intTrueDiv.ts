// True division of two ints (`a / b` in Python 3): the correctly rounded double
// nearest the exact quotient, at any size, as CPython's long_true_divide gives it
// ((2**1000) / (2**999) == 2.0 although neither operand converts to a float).

import { OverflowError, ZeroDivisionError } from "./exceptions.js";
import { PyFloat, toFloat } from "./float.js";
import { toBigInt, type Int } from "./int.js";

// Ints up to 2**53 in magnitude convert to doubles exactly.
const EXACT_LIMIT = 2n ** 53n;

export function intTrueDiv(a: Int, b: Int): number | PyFloat {
  return toFloat(intTrueDivNumber(a, b));
}

/**
 * `a / b` of two ints as a plain number, for a float local the compiler keeps
 * unboxed (lower/floats.ts). Its ZeroDivisionError is the int one, "division by
 * zero" in both dialects: "float division by zero" is only for a float operand.
 */
export function intTrueDivNumber(a: Int, b: Int): number {
  if (b === 0 || b === 0n) throw new ZeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const x = toBigInt(a);
  const y = toBigInt(b);
  // Both exact as doubles: one IEEE division is correctly rounded.
  if (x <= EXACT_LIMIT && x >= -EXACT_LIMIT && y <= EXACT_LIMIT && y >= -EXACT_LIMIT) return Number(x) / Number(y);
  return bigTrueDiv(x, y);
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** x / y rounded half-even to a double (y != 0), with CPython's overflow error. */
export function bigTrueDiv(x: bigint, y: bigint): number {
  const negative = (x < 0n) !== (y < 0n);
  let n = x < 0n ? -x : x;
  let d = y < 0n ? -y : y;
  if (n === 0n) return negative ? -0 : 0;
  const diff = bitLength(n) - bitLength(d);
  // The quotient lies in [2**(diff-1), 2**(diff+1)).
  if (diff > 1025) throw new OverflowError("integer division result too large for a float");
  if (diff < -1080) return negative ? -0 : 0;
  // Scale so the integer quotient has 55 to 56 bits: 53 kept, plus guard bits.
  const shift = 55 - diff;
  if (shift >= 0) n <<= BigInt(shift);
  else d <<= BigInt(-shift);
  const q = n / d;
  const sticky = n % d !== 0n;
  // value = (q + fraction) * 2**-shift; the top bit of q has weight 2**(qBits-1-shift).
  const qBits = bitLength(q);
  const topExponent = qBits - 1 - shift;
  // Precision available at this exponent: 53 bits, fewer for subnormal results.
  const precision = Math.min(53, topExponent + 1074 + 1);
  if (precision <= 0) {
    // Below half the smallest subnormal, except an exact half rounds to even (zero).
    const result = precision === 0 && (q > 1n << BigInt(qBits - 1) || sticky) ? 5e-324 : 0;
    return negative ? -result : result;
  }
  const drop = qBits - precision;
  let mantissa = q >> BigInt(drop);
  const rest = q & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (sticky || (mantissa & 1n) === 1n))) mantissa += 1n;
  const result = scaleByPowerOfTwo(Number(mantissa), drop - shift);
  if (!Number.isFinite(result)) throw new OverflowError("integer division result too large for a float");
  return negative ? -result : result;
}

/** m·2**k exactly, when the result is representable (m < 2**54). */
function scaleByPowerOfTwo(m: number, k: number): number {
  // 2**k alone may under- or overflow; split it so every step is exact.
  if (k < -1022) return m * 2 ** (k + 64) * 2 ** -64;
  if (k > 1023) return m * 2 ** (k - 64) * 2 ** 64;
  return m * 2 ** k;
}
