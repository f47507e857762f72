// sin, cos and acos, correctly rounded for the arguments the random module uses:
// reduction by pi/2 held to ~160 bits (Cody-Waite, exact enough for |x| < 2^26),
// then Taylor series in double-double. acos goes through asin, refined by Newton
// steps on sin/cos, with acos(x) = 2*asin(sqrt((1-x)/2)) near +-1.

import * as D from "./doubleDouble.js";
import type { DD } from "./doubleDouble.js";
import { PI, PIO2, PIO2_HI, PIO2_LO, PIO2_MID } from "./constants.js";

/** Largest |x| whose reduction by pi/2 stays exact enough for correct rounding. */
export const TRIG_ARGUMENT_LIMIT = 2 ** 26;

/** (-1)^j/(2j+1)! for j = 0..15: sin(r)/r as a series in r^2. */
const SIN_COEFFICIENTS = D.packCoefficients(alternatingFactorials(1));
/** (-1)^j/(2j)! for j = 0..15: cos(r) as a series in r^2. */
const COS_COEFFICIENTS = D.packCoefficients(alternatingFactorials(0));
const series = new Float64Array(2);

function alternatingFactorials(start: number): DD[] {
  const out: DD[] = [];
  let c = D.dd(1);
  for (let n = 2; n <= start; n++) c = D.div(c, D.dd(n));
  for (let j = 0; j < 16; j++) {
    out.push(j % 2 === 0 ? c : D.neg(c));
    const n = 2 * j + start;
    c = D.div(c, D.dd((n + 1) * (n + 2)));
  }
  return out;
}

/** sin(r) and cos(r) for |r| <= ~pi/4. */
function sinCosSmall(r: DD): { sin: DD; cos: DD } {
  const r2 = D.mul(r, r);
  D.hornerInto(r2.hi, r2.lo, SIN_COEFFICIENTS, series);
  const sin = D.mul(r, D.dd(series[0]!, series[1]!));
  D.hornerInto(r2.hi, r2.lo, COS_COEFFICIENTS, series);
  return { sin, cos: D.dd(series[0]!, series[1]!) };
}

/** sin(x) and cos(x) as double-doubles, for |x| < TRIG_ARGUMENT_LIMIT. */
function sinCos(x: number): { sin: DD; cos: DD } {
  const k = Math.round(x / PIO2_HI);
  let r = D.sub(D.dd(x), D.twoProd(k, PIO2_HI));
  r = D.sub(r, D.twoProd(k, PIO2_MID));
  r = D.sub(r, D.dd(k * PIO2_LO));
  const { sin, cos } = sinCosSmall(r);
  switch (((k % 4) + 4) % 4) {
    case 0:
      return { sin, cos };
    case 1:
      return { sin: cos, cos: D.neg(sin) };
    case 2:
      return { sin: D.neg(sin), cos: D.neg(cos) };
    default:
      return { sin: D.neg(cos), cos: sin };
  }
}

/** C's sin(x) (NaN for infinities); callers check |x| < TRIG_ARGUMENT_LIMIT. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x; // keeps -0.0
  return D.toNumber(sinCos(x).sin);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  return D.toNumber(sinCos(x).cos);
}

/** asin(t) for a double-double |t| <= 0.5: two Newton steps y += (t - sin y)/cos y. */
function asinSmall(t: DD): DD {
  let y = D.dd(Math.asin(t.hi));
  for (let i = 0; i < 2; i++) {
    const { sin, cos } = sinCosSmall(y);
    y = D.add(y, D.div(D.sub(t, sin), cos));
  }
  return y;
}

/** C's acos(x): correctly rounded on [-1, 1], NaN outside. */
export function acos(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (Math.abs(x) <= 0.5) return D.toNumber(D.sub(PIO2, asinSmall(D.dd(x))));
  // (1 - |x|)/2 is exact here; its square root is the sine of half the angle.
  const half = D.scale(asinSmall(D.sqrt(D.dd((1 - Math.abs(x)) / 2))), 2);
  return D.toNumber(x > 0 ? half : D.sub(PI, half));
}
