// Python float values. A non-integral JavaScript number is always a float; an
// integral float (2.0, -0.0, 1e16) is boxed in PyFloat so it is not mistaken for
// an int (docs/architecture.md §4). Float arithmetic with CPython's special
// cases (floor division, modulo, pow) lives here; dispatch is in operator.ts.

import { isPy2 } from "./dialect.js";
import { OverflowError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { accuratePow } from "./doubleDouble.js";
import { unsupported } from "./unsupported.js";

export class PyFloat {
  static readonly __name__ = "float";

  constructor(readonly value: number) {}

  valueOf(): number {
    return this.value;
  }
}

/** Wraps the result of float arithmetic: boxes it only when it is integral. */
export function toFloat(n: number): number | PyFloat {
  return Number.isInteger(n) ? new PyFloat(n) : n;
}

/** True for any Python float: a non-integral number or a PyFloat. */
export function isFloat(v: unknown): v is number | PyFloat {
  return (typeof v === "number" && !Number.isInteger(v)) || v instanceof PyFloat;
}

/** True for a Python int (bool excluded). */
export function isInt(v: unknown): v is number | bigint {
  return (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint";
}

/** The numeric value of a float, int or bool as a JavaScript number. */
export function floatValue(v: number | bigint | boolean | PyFloat): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "boolean") return v ? 1 : 0;
  return Number(v);
}

/** `a / b` on two plain numbers (floats the compiler holds unboxed): ZeroDivisionError as CPython. */
export function floatDiv(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float division by zero");
  return a / b;
}

/** `a / b` on floats. */
export function floatTrueDiv(a: number, b: number): number | PyFloat {
  if (b === 0) throw new ZeroDivisionError("float division by zero");
  return toFloat(a / b);
}

// CPython's float_divmod: fmod (JavaScript's %) corrected to the divisor's sign,
// and a quotient computed from it so that a == q*b + r holds as closely as possible.
function divmodParts(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** `a // b` on floats. */
export function floatFloorDiv(a: number, b: number): number | PyFloat {
  if (b === 0) throw new ZeroDivisionError(isPy2() ? "float divmod()" : "float floor division by zero");
  return toFloat(divmodParts(a, b)[0]);
}

/** `a % b` on floats. */
export function floatMod(a: number, b: number): number | PyFloat {
  if (b === 0) throw new ZeroDivisionError("float modulo");
  return toFloat(divmodParts(a, b)[1]);
}

/** divmod(a, b) on floats. */
export function floatDivmod(a: number, b: number): [number | PyFloat, number | PyFloat] {
  if (b === 0) throw new ZeroDivisionError("float divmod()");
  const [q, r] = divmodParts(a, b);
  return [toFloat(q), toFloat(r)];
}

/** `a ** b` on floats, with C99 pow's special cases that JavaScript lacks. */
export function floatPow(a: number, b: number): number | PyFloat {
  if (b === 0) return new PyFloat(1); // nan ** 0 == 1.0
  if (a === 1) return new PyFloat(1); // 1 ** nan == 1.0
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === -1 && !Number.isFinite(b)) return new PyFloat(1); // (-1) ** ±inf == 1.0
  if (a === 0 && b < 0 && Number.isFinite(b)) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) {
    if (isPy2()) throw new ValueError("negative number cannot be raised to a fractional power");
    unsupported("complex numbers (a negative float raised to a fractional power)");
  }
  const r = Number.isFinite(a) && Number.isFinite(b) && a !== 0 ? signedPow(a, b) : a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw new OverflowError(34, "Numerical result out of range");
  }
  return toFloat(r);
}

// A finite nonzero base: a negative one has an integral exponent here, and its
// sign follows the exponent's parity.
function signedPow(a: number, b: number): number {
  if (a > 0) return accuratePow(a, b);
  const magnitude = accuratePow(-a, b);
  return b % 2 === 0 ? magnitude : -magnitude;
}

/** float.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}
