// log(x), correctly rounded: x = m * 2^e with m in [sqrt(1/2), sqrt(2)], m near
// c = k/64 from a table of log(c), and log(m) = log(c) + 2*atanh(s) with
// s = (m-c)/(m+c), |s| < 1/179, summed in double-double. logDD keeps the
// double-double result for pow.

import * as D from "./doubleDouble.js";
import type { DD } from "./doubleDouble.js";
import { LN2_HI, LN2_LO, LN2_MID } from "./constants.js";

const TABLE_STEPS = 64;

/** 1/(2j+1): atanh(s)/s = sum of s^(2j)/(2j+1). */
function atanhCoefficients(count: number): Float64Array {
  return D.packCoefficients(Array.from({ length: count }, (_, j) => D.reciprocal(2 * j + 1)));
}

/** For the table itself, |s| <= 0.172: 23 terms reach 2^-107. */
const WIDE_SERIES = atanhCoefficients(23);
/** After the table, |s| < 1/179 (s^2 < 2^-14.9): 8 terms reach 2^-107. */
const NARROW_SERIES = atanhCoefficients(8);
const series = new Float64Array(2);

/** 2*atanh((m-c)/(m+c)) = log(m/c), for m and c within a factor of two (m - c is exact). */
function logRatio(m: number, c: number, coefficients: Float64Array): DD {
  const s = D.div(D.dd(m - c), D.twoSum(m, c));
  const s2 = D.mul(s, s);
  D.hornerInto(s2.hi, s2.lo, coefficients, series);
  return D.scale(D.mul(s, D.dd(series[0]!, series[1]!)), 2);
}

/** log(k/64) for k = 45..91 (c in [sqrt(1/2), sqrt(2)] and its neighbours), by the wide series. */
const LOG_TABLE: readonly DD[] = Array.from({ length: 92 }, (_, k) => (k < 45 ? D.dd(0) : logRatio(k / TABLE_STEPS, 1, WIDE_SERIES)));

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
  const k = Math.round(m * TABLE_STEPS);
  const logM = D.add(LOG_TABLE[k]!, logRatio(m, k / TABLE_STEPS, NARROW_SERIES));
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
