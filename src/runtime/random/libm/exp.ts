// exp(x), correctly rounded: x = k*ln2 + r, exp(r) from its Taylor series at
// r/256 in double-double, squared back eight times, then scaled by 2^k once.
// expScaled also takes a double-double argument, which pow needs.

import * as D from "./doubleDouble.js";
import type { DD } from "./doubleDouble.js";
import { LN2_HI, LN2_LO, LN2_MID } from "./constants.js";
import { roundScaled } from "./scaled.js";

const SQUARINGS = 8;

/** 1/n! for n = 1..12, the Taylor coefficients of expm1(r)/r. */
const EXPM1_COEFFICIENTS = D.packCoefficients((() => {
  const out: DD[] = [];
  let c = D.dd(1);
  for (let n = 1; n <= 12; n++) {
    c = D.div(c, D.dd(n));
    out.push(c);
  }
  return out;
})());
const series = new Float64Array(2);

export interface Scaled {
  /** exp(x) = m * 2^k with m near 1. */
  readonly m: DD;
  readonly k: number;
}

export function expScaled(x: DD): Scaled {
  const k = Math.round(x.hi / LN2_HI);
  // r = x - k*ln2 with ln2 to ~160 bits: its absolute error is exp's relative error.
  let r = D.sub(x, D.twoProd(k, LN2_HI));
  r = D.sub(r, D.twoProd(k, LN2_MID));
  r = D.sub(r, D.dd(k * LN2_LO));
  const small = D.scale(r, 2 ** -SQUARINGS);
  // e = expm1(small); (1 + e)^2 = 1 + (2e + e^2) keeps e's relative precision.
  D.hornerInto(small.hi, small.lo, EXPM1_COEFFICIENTS, series);
  let e = D.mul(small, D.dd(series[0]!, series[1]!));
  for (let i = 0; i < SQUARINGS; i++) e = D.mul(e, D.add(e, D.dd(2)));
  return { m: D.add(D.dd(1), e), k };
}

/** C's exp(x): correctly rounded; overflow gives Infinity, underflow 0. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const { m, k } = expScaled(D.dd(x));
  return roundScaled(m, k);
}
