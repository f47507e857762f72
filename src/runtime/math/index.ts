// Python's math module: the float functions with CPython's errors ("math domain
// error", "math range error") and return types (floor/ceil give ints in Python 3,
// floats in Python 2). exp, log, sin, cos, acos and pow use the correctly rounded
// libm of runtime/random (glibc, which CPython calls, rounds correctly in all but
// rare cases; V8's Math often does not); the others use Math, whose results for
// sqrt are exact and for tan/atan/etc. may differ from glibc in the last bit.

import { isPy2 } from "../builtins/dialect.js";
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "../builtins/exceptions.js";
import { PyTuple } from "../builtins/tuple.js";
import { PyFloat, toFloat } from "../builtins/float.js";
import { floatToInt } from "../builtins/numberConvert.js";
import { FLOAT_KIND, INT_KIND, NOT_NUMBER, floatOf, intOf, numberKind } from "../builtins/numeric.js";
import { intAbs, normBig, toBigInt, type Int } from "../builtins/int.js";
import { typeName } from "../builtins/types.js";
import * as libm from "../random/libm/index.js";

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = new PyFloat(Infinity);
export const nan = NaN;

/** A float argument as CPython's PyFloat_AsDouble reads it (TypeError otherwise). */
function real(x: unknown): number {
  if (numberKind(x) === NOT_NUMBER) {
    const method = (x as { __float__?: () => unknown } | null)?.__float__;
    if (typeof method === "function") return floatOf(method.call(x));
    throw new TypeError(isPy2() ? "a float is required" : `must be real number, not ${typeName(x)}`);
  }
  return floatOf(x);
}

function domainError(): never {
  throw new ValueError("math domain error");
}

/** A finite argument whose result is not finite: OverflowError, as CPython's is_error() reports it. */
function checked(x: number, r: number): number | PyFloat {
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && Number.isFinite(x)) throw new OverflowError("math range error");
  return toFloat(r);
}

export function isnan(x: unknown): boolean {
  return Number.isNaN(real(x));
}

export function isinf(x: unknown): boolean {
  const v = real(x);
  return v === Infinity || v === -Infinity;
}

export function isfinite(x: unknown): boolean {
  return Number.isFinite(real(x));
}

/** floor(x): an int in Python 3 (ints pass through exactly), a float in Python 2. */
export function floor(x: unknown): Int | number | PyFloat {
  if (numberKind(x) === INT_KIND) return isPy2() ? toFloat(floatOf(x)) : intOf(x);
  const v = Math.floor(real(x));
  return isPy2() ? toFloat(v) : floatToInt(v);
}

export function ceil(x: unknown): Int | number | PyFloat {
  if (numberKind(x) === INT_KIND) return isPy2() ? toFloat(floatOf(x)) : intOf(x);
  const v = Math.ceil(real(x));
  return isPy2() ? toFloat(v) : floatToInt(v);
}

export function trunc(x: unknown): Int {
  if (numberKind(x) === INT_KIND) return intOf(x);
  return floatToInt(real(x));
}

export function sqrt(x: unknown): number | PyFloat {
  const v = real(x);
  if (v < 0) domainError();
  return toFloat(Math.sqrt(v));
}

export function exp(x: unknown): number | PyFloat {
  const v = real(x);
  return checked(v, libm.exp(v));
}

/** log(x[, base]) */
export function log(x: unknown, base?: unknown): number | PyFloat {
  const v = logOf(x);
  if (base === undefined) return toFloat(v);
  const b = logOf(base);
  if (b === 0) throw new ZeroDivisionError("float division by zero");
  return toFloat(v / b);
}

function logOf(x: unknown): number {
  // An int too large for a float still has a logarithm (CPython computes it by parts).
  if (numberKind(x) === INT_KIND && typeof intOf(x) === "bigint") {
    const n = intOf(x) as bigint;
    if (n <= 0n) domainError();
    const digits = n.toString(2).length;
    const top = Number(n >> BigInt(Math.max(0, digits - 60)));
    return libm.log(top) + Math.max(0, digits - 60) * Math.LN2;
  }
  const v = real(x);
  if (v <= 0) domainError();
  return libm.log(v);
}

export function log10(x: unknown): number | PyFloat {
  return toFloat(Math.log10(positive(x)));
}

export function log2(x: unknown): number | PyFloat {
  return toFloat(Math.log2(positive(x)));
}

function positive(x: unknown): number {
  const v = real(x);
  if (v <= 0) domainError();
  return v;
}

export function pow(x: unknown, y: unknown): number | PyFloat {
  const a = real(x);
  const b = real(y);
  if (a === 0 && b < 0) domainError();
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) domainError();
  return checked(a, libm.pow(a, b));
}

export function sin(x: unknown): number | PyFloat {
  const v = real(x);
  if (!Number.isFinite(v) && !Number.isNaN(v)) domainError();
  return toFloat(libm.sin(v));
}

export function cos(x: unknown): number | PyFloat {
  const v = real(x);
  if (!Number.isFinite(v) && !Number.isNaN(v)) domainError();
  return toFloat(libm.cos(v));
}

export function tan(x: unknown): number | PyFloat {
  const v = real(x);
  if (!Number.isFinite(v) && !Number.isNaN(v)) domainError();
  return toFloat(Math.tan(v));
}

export function acos(x: unknown): number | PyFloat {
  const v = real(x);
  if (v < -1 || v > 1) domainError();
  return toFloat(libm.acos(v));
}

export function asin(x: unknown): number | PyFloat {
  const v = real(x);
  if (v < -1 || v > 1) domainError();
  return toFloat(Math.asin(v));
}

export function atan(x: unknown): number | PyFloat {
  return toFloat(Math.atan(real(x)));
}

export function atan2(y: unknown, x: unknown): number | PyFloat {
  return toFloat(Math.atan2(real(y), real(x)));
}

export function hypot(...coordinates: unknown[]): number | PyFloat {
  return toFloat(Math.hypot(...coordinates.map(real)));
}

export function fabs(x: unknown): number | PyFloat {
  return toFloat(Math.abs(real(x)));
}

export function copysign(x: unknown, y: unknown): number | PyFloat {
  const magnitude = Math.abs(real(x));
  const sign = real(y);
  return toFloat(sign < 0 || Object.is(sign, -0) ? -magnitude : magnitude);
}

export function fmod(x: unknown, y: unknown): number | PyFloat {
  const a = real(x);
  const b = real(y);
  if (b === 0 || !Number.isFinite(a)) domainError();
  return toFloat(a % b);
}

export function degrees(x: unknown): number | PyFloat {
  return toFloat(real(x) * (180 / Math.PI));
}

export function radians(x: unknown): number | PyFloat {
  return toFloat(real(x) * (Math.PI / 180));
}

export function isclose(a: unknown, b: unknown, options: { rel_tol?: unknown; abs_tol?: unknown } = {}): boolean {
  const x = real(a);
  const y = real(b);
  const rel = options.rel_tol === undefined ? 1e-9 : real(options.rel_tol);
  const abs = options.abs_tol === undefined ? 0 : real(options.abs_tol);
  if (rel < 0 || abs < 0) throw new ValueError("tolerances must be non-negative");
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

/** factorial(n) of a non-negative int (Python 3.10+ rejects floats). */
export function factorial(n: unknown): Int {
  if (numberKind(n) !== INT_KIND) {
    if (numberKind(n) === FLOAT_KIND && isPy2() && Number.isInteger(floatOf(n))) return factorial(floatToInt(floatOf(n)));
    throw new TypeError(isPy2() ? "factorial() only accepts integral values" : `'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  const k = intOf(n);
  if (k < 0) throw new ValueError("factorial() not defined for negative values");
  let result = 1n;
  for (let i = 2n; i <= toBigInt(k); i++) result *= i;
  return normBig(result);
}

/** gcd(*integers) */
export function gcd(...values: unknown[]): Int {
  let g = 0n;
  for (const v of values) {
    if (numberKind(v) !== INT_KIND) throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    let a = toBigInt(intAbs(intOf(v)));
    let b = g;
    while (b !== 0n) [a, b] = [b, a % b];
    g = a;
  }
  return normBig(g);
}

/** modf(x): (fractional part, integral part), both floats with x's sign. */
export function modf(x: unknown): PyTuple {
  const v = real(x);
  const whole = Number.isFinite(v) ? Math.trunc(v) : v;
  const fraction = Number.isFinite(v) ? v - whole : Object.is(v, -Infinity) ? -0 : 0;
  return PyTuple.of<unknown>(toFloat(fraction), toFloat(whole));
}

/**
 * fsum(iterable): the correctly rounded sum (Shewchuk's exact partial sums, as
 * CPython's math_fsum keeps them).
 */
export function fsum(iterable: Iterable<unknown>): number | PyFloat {
  const partials: number[] = [];
  let special = 0;
  for (const item of iterable) {
    let x = real(item);
    if (!Number.isFinite(x)) {
      special += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (special !== 0 || Number.isNaN(special)) {
    if (Number.isNaN(special)) throw new ValueError("-inf + inf in fsum");
    return toFloat(special);
  }
  // Sum the partials from the top, correcting the final rounding as math_fsum does.
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return toFloat(hi);
}

// `print(math)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "math");
