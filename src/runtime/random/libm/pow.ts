// C's pow(x, y) with C99 Annex F special cases; the general case is exp(y*log x)
// with both steps in double-double, so the result is correctly rounded.

import * as D from "./doubleDouble.js";
import { expScaled } from "./exp.js";
import { logDD } from "./log.js";
import { roundScaled } from "./scaled.js";

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    const odd = isOddInteger(y);
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const magnitude = powPositive(-x, y);
    return isOddInteger(y) ? -magnitude : magnitude;
  }
  return powPositive(x, y);
}

/** pow for finite x > 0 and finite y != 0. */
function powPositive(x: number, y: number): number {
  // Exact shortcuts where a midpoint result could otherwise round the wrong way.
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const t = D.mulNumber(logDD(x), y);
  if (t.hi > 710) return Infinity;
  if (t.hi < -746) return 0;
  const { m, k } = expScaled(t);
  return roundScaled(m, k);
}
