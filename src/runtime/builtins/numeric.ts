// Classifies runtime values as Python numbers and converts between the int and
// float representations, as CPython's mixed arithmetic does: bool is an int, and
// an int meeting a float becomes a float (OverflowError when it is too large).

import { PyFloat } from "./float.js";
import { intToFloat, type Int } from "./int.js";
import { longValue, PyLong } from "./long.js";

/** Not a number (for arithmetic purposes). */
export const NOT_NUMBER = 0;
/** int, long or bool. */
export const INT_KIND = 1;
/** float. */
export const FLOAT_KIND = 2;

export function numberKind(v: unknown): number {
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? INT_KIND : FLOAT_KIND;
    case "bigint":
    case "boolean":
      return INT_KIND;
    case "object":
      return v instanceof PyFloat ? FLOAT_KIND : v instanceof PyLong ? INT_KIND : NOT_NUMBER;
    default:
      return NOT_NUMBER;
  }
}

/** The int value of an int or bool. */
export function intOf(v: unknown): Int {
  if (typeof v === "boolean") return v ? 1 : 0;
  return v instanceof PyLong ? longValue(v) : (v as Int);
}

/** The float value of any number (int, bool or float). */
export function floatOf(v: unknown): number {
  switch (typeof v) {
    case "number":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return intToFloat(v);
    default:
      return v instanceof PyLong ? intToFloat(v.value) : (v as PyFloat).value;
  }
}

/**
 * The value of any number for exact comparison: a JavaScript number or bigint.
 * JavaScript's relational operators and `==` compare a bigint with a number by
 * their exact mathematical values, which is what Python does for int and float.
 */
export function comparable(v: unknown): number | bigint {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyLong) return longValue(v);
  return v as number | bigint;
}
