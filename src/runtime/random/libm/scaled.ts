// Rounding m * 2^k to the nearest double, where m is a double-double near 1 and k
// an integer exponent: exact scaling in the normal range, round-half-even on the
// 2^-1074 grid for subnormal results, and overflow to Infinity.

import { toNumber, type DD } from "./doubleDouble.js";

const TWO_POW_1074 = 2 ** -1074;

/** 2^k for any integer k in [-1074, 1023]. */
function powerOfTwo(k: number): number {
  if (k >= -1022) return 2 ** k;
  return 2 ** (k + 100) * 2 ** -100;
}

/** The double nearest to (m.hi + m.lo) * 2^k, for m in [0.5, 2]. */
export function roundScaled(m: DD, k: number): number {
  if (k > 1030) return Infinity;
  if (k < -1080) return 0;
  const r = toNumber(m);
  const exponent = r >= 2 ? 1 : r >= 1 ? 0 : -1; // floor(log2(r)) for r in [0.5, 2]
  if (k + exponent >= -1022) {
    // Normal range: rounding m then scaling by a power of two is exact.
    return k > 1000 ? r * 2 ** (k - 1000) * 2 ** 1000 : r * powerOfTwo(k);
  }
  // Subnormal: round the exact value to a multiple of 2^-1074, ties to even.
  const q = 2 ** (k + 1074);
  const a = m.hi * q;
  const b = m.lo * q;
  const whole = Math.floor(a);
  const frac = a - whole + b;
  let n = whole;
  if (frac > 0.5 || (frac === 0.5 && whole % 2 === 1)) n = whole + 1;
  else if (frac < -0.5 || (frac === -0.5 && whole % 2 === 1)) n = whole - 1;
  return n * TWO_POW_1074;
}
