// The real-valued distributions of Lib/random.py, operation for operation (the
// order of float operations decides the last bit). Python 2.7 differs in
// triangular (`** 0.5`), the alpha == 1 case of gammavariate and paretovariate.
// Functions return raw doubles; the Random methods box integral results.

import { isPy2 } from "../builtins/dialect.js";
import { toFloat } from "../builtins/float.js";
import type { BitGenerator } from "./bitGenerator.js";
import { floatDivide, floatMod, numSub, toDouble, trueDivide } from "./numbers.js";
import { ValueError, ZeroDivisionError } from "../builtins/exceptions.js";
import { acos, cos, exp, floatPow, log, sin, sqrt } from "./pyMath.js";

const TWOPI = 6.283185307179586; // math.tau, and Python 2's 2.0*pi
const PI = Math.PI;
const E = Math.E;
const NV_MAGICCONST = (4 * exp(-0.5)) / sqrt(2.0);
const LOG4 = log(4.0);
const SG_MAGICCONST = 1.0 + log(4.5);

/** The state gauss() keeps between calls (Random.gauss_next). */
export interface GaussState {
  gaussNext: number | null;
}

export function uniform(mt: BitGenerator, a: unknown, b: unknown): number {
  const width = numSub(b, a);
  const r = mt.random();
  return toDouble(a) + toDouble(width) * r;
}

/** triangular(low=0.0, high=1.0, mode=None): a boxed float, or `low` itself when high == low. */
export function triangular(mt: BitGenerator, low: unknown, high: unknown, mode: unknown): any {
  let u = mt.random();
  let c: number;
  try {
    c = mode === null || mode === undefined ? 0.5 : trueDivide(numSub(mode, low), numSub(high, low));
  } catch (error) {
    if (error instanceof ZeroDivisionError) return low;
    throw error;
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  const root = isPy2() ? floatPow(u * c, 0.5) : sqrt(u * c);
  return toFloat(toDouble(low) + toDouble(numSub(high, low)) * root);
}

export function normalvariate(mt: BitGenerator, mu: unknown, sigma: unknown): number {
  let z: number;
  for (;;) {
    const u1 = mt.random();
    const u2 = 1.0 - mt.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -log(u2)) break;
  }
  return toDouble(mu) + z * toDouble(sigma);
}

export function gauss(mt: BitGenerator, state: GaussState, mu: unknown, sigma: unknown): number {
  let z = state.gaussNext;
  state.gaussNext = null;
  if (z === null) {
    const x2pi = mt.random() * TWOPI;
    const g2rad = sqrt(-2.0 * log(1.0 - mt.random()));
    z = cos(x2pi) * g2rad;
    state.gaussNext = sin(x2pi) * g2rad;
  }
  return toDouble(mu) + z * toDouble(sigma);
}

export function lognormvariate(mt: BitGenerator, mu: unknown, sigma: unknown): number {
  return exp(normalvariate(mt, mu, sigma));
}

export function expovariate(mt: BitGenerator, lambd: unknown): number {
  return floatDivide(-log(1.0 - mt.random()), toDouble(lambd));
}

export function vonmisesvariate(mt: BitGenerator, mu: unknown, kappa: unknown): number {
  const k = toDouble(kappa);
  if (k <= 1e-6) return TWOPI * mt.random();
  const s = floatDivide(0.5, k);
  const r = s + sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = mt.random();
    z = cos(PI * u1);
    const d = floatDivide(z, r + z);
    const u2 = mt.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
  }
  const q = 1.0 / r;
  const f = floatDivide(q + z, 1.0 + q * z);
  const u3 = mt.random();
  const m = toDouble(mu);
  return u3 > 0.5 ? floatMod(m + acos(f), TWOPI) : floatMod(m - acos(f), TWOPI);
}

export function gammavariate(mt: BitGenerator, alphaArg: unknown, betaArg: unknown): number {
  const alpha = toDouble(alphaArg);
  const beta = toDouble(betaArg);
  if (alpha <= 0.0 || beta <= 0.0) throw new ValueError("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    // Uses R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters" (1977).
    const ainv = sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = mt.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - mt.random();
      const v = log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) {
    if (!isPy2()) return -log(1.0 - mt.random()) * beta;
    let u = mt.random();
    while (u <= 1e-7) u = mt.random();
    return -log(u) * beta;
  }
  // alpha between 0 and 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
  let x: number;
  for (;;) {
    const u = mt.random();
    const b = (E + alpha) / E;
    const p = b * u;
    x = p <= 1.0 ? floatPow(p, 1.0 / alpha) : -log((b - p) / alpha);
    const u1 = mt.random();
    if (p > 1.0) {
      if (u1 <= floatPow(x, alpha - 1.0)) break;
    } else if (u1 <= exp(-x)) {
      break;
    }
  }
  return x * beta;
}

export function betavariate(mt: BitGenerator, alpha: unknown, beta: unknown): number {
  const y = gammavariate(mt, alpha, 1.0);
  if (y === 0) return 0.0;
  return y / (y + gammavariate(mt, beta, 1.0));
}

export function paretovariate(mt: BitGenerator, alpha: unknown): number {
  const u = 1.0 - mt.random();
  if (isPy2()) return floatDivide(1.0, floatPow(u, floatDivide(1.0, toDouble(alpha))));
  return floatPow(u, floatDivide(-1.0, toDouble(alpha)));
}

export function weibullvariate(mt: BitGenerator, alpha: unknown, beta: unknown): number {
  const u = 1.0 - mt.random();
  return toDouble(alpha) * floatPow(-log(u), floatDivide(1.0, toDouble(beta)));
}
