// log(x), correctly rounded: x = m * 2^e with m in [sqrt(1/2), sqrt(2)], and
// log(m) = 2*atanh(s), s = (m-1)/(m+1), summed in double-double. logDD keeps the
// double-double result for pow.

import * as D from "./doubleDouble.js";
import type { DD } from "./doubleDouble.js";
import { LN2_HI, LN2_LO, LN2_MID } from "./constants.js";

/** 1/(2j+1) for j = 0..22: atanh(s)/s = sum of s^(2j)/(2j+1); |s| <= 0.172 needs 22 terms for 2^-107. */
const ATANH_COEFFICIENTS: readonly DD[] = Array.from({ length: 23 }, (_, j) => D.reciprocal(2 * j + 1));

const SQRT2 = Math.SQRT2;
const bits = new DataView(new ArrayBuffer(8));

/** The unbiased binary exponent of a positive normal double. */
function exponentOf(x: number): number {
  bits.setFloat64(0, x);
  return ((bits.getUint16(0) >> 4) & 0x7ff) - 1023;
}

/** log(x) as a double-double, for finite x > 0. */
export function logDD(x: number): DD {
  let e = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54; // subnormal: make it normal first
    e = -54;
  }
  const exponent = exponentOf(x);
  let m = x * 2 ** -exponent;
  e += exponent;
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  const f = m - 1; // exact (Sterbenz)
  const s = D.div(D.dd(f), D.twoSum(2, f));
  const series = D.horner(D.mul(s, s), ATANH_COEFFICIENTS);
  const logM = D.scale(D.mul(s, series), 2);
  if (e === 0) return logM;
  let eLn2 = D.add(D.twoProd(e, LN2_HI), D.twoProd(e, LN2_MID));
  eLn2 = D.add(eLn2, D.dd(e * LN2_LO));
  return D.add(eLn2, logM);
}

/** C's log(x): correctly rounded; log(0) = -Infinity, log(negative) = NaN. */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  return D.toNumber(logDD(x));
}
