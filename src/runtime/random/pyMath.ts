// The math functions random.py imports (log, exp, sqrt, cos, sin, acos) and the
// float ** operator, with CPython's error behaviour (Modules/mathmodule.c,
// Objects/floatobject.c float_pow) over the correctly rounded libm.

import { isPy2 } from "../builtins/dialect.js";
import * as libm from "./libm/index.js";
import { floatDivide } from "./numbers.js";
import { OverflowError, ValueError, ZeroDivisionError } from "../builtins/exceptions.js";
import { unsupported } from "./unsupported.js";

function domainError(): never {
  throw new ValueError("math domain error");
}

export function log(x: number): number {
  if (x <= 0) domainError();
  return libm.log(x);
}

/** math.log(x, base): two logs and a float division. */
export function logBase(x: number, base: number): number {
  return floatDivide(log(x), log(base));
}

export function exp(x: number): number {
  const r = libm.exp(x);
  if (r === Infinity && Number.isFinite(x)) throw new OverflowError("math range error");
  return r;
}

export function sqrt(x: number): number {
  if (x < 0) domainError();
  return Math.sqrt(x);
}

function checkTrigArgument(x: number): void {
  if (x === Infinity || x === -Infinity) domainError();
  if (Math.abs(x) >= libm.TRIG_ARGUMENT_LIMIT) unsupported(`sin/cos of arguments beyond ${libm.TRIG_ARGUMENT_LIMIT} in the random module`);
}

export function cos(x: number): number {
  checkTrigArgument(x);
  return libm.cos(x);
}

export function sin(x: number): number {
  checkTrigArgument(x);
  return libm.sin(x);
}

export function acos(x: number): number {
  if (x > 1 || x < -1) domainError();
  return libm.acos(x);
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** Python's float ** float (float_pow), which sorts out the special cases before C's pow. */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(y) || !Number.isFinite(x)) return libm.pow(x, y);
  if (x === 0) {
    if (y < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) {
      if (isPy2()) throw new ValueError("negative number cannot be raised to a fractional power");
      unsupported("a negative float raised to a fractional power (Python 3 returns a complex number)");
    }
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  const r = libm.pow(x, y);
  if (r === Infinity) throw new OverflowError(34, "Numerical result out of range");
  return negate ? -r : r;
}
