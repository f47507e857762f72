// Text of a Python float: repr() (shortest round-trip), Python 2's str() (12
// significant digits) and the e/f/g/r layouts shared by %-formatting, format()
// and round(). The layout follows CPython's PyOS_double_to_string: digits come
// from floatDigits.ts, then zeros, point and exponent are placed around them.

import { isPy2 } from "./dialect.js";
import { fixedDigits, shortestDigits, significantDigits, type Digits } from "./floatDigits.js";

export type FloatCode = "e" | "f" | "g" | "r";

export interface FloatLayout {
  /** '#': keep the point and trailing zeros ('g'). */
  readonly alt?: boolean;
  /** Show at least one digit after the point when no exponent is used (repr, str). */
  readonly addDot0?: boolean;
  /** 'E', 'F', 'G': upper-case exponent, INF and NAN. */
  readonly upper?: boolean;
}

/** repr(x) for a float value, e.g. '0.1', '2.0', '1e+16', '-0.0', 'inf'. */
export function floatRepr(x: number): string {
  const abs = Math.abs(x);
  // Between 1e-4 and 1e16 JavaScript prints the same shortest digits without an
  // exponent, exactly like repr, except that an integral value needs '.0'.
  if (abs >= 1e-4 && abs < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
  return formatDouble(x, "r", 0, { addDot0: true });
}

/** str(x) for a float value: repr in Python 3, '%.12g' with a '.0' in Python 2. */
export function floatStr(x: number): string {
  return isPy2() ? formatDouble(x, "g", 12, { addDot0: true }) : floatRepr(x);
}

/**
 * Formats x like CPython's PyOS_double_to_string(x, code, precision, flags):
 * a leading '-' for negative values (including -0.0), no '+' and no padding.
 */
export function formatDouble(x: number, code: FloatCode, precision: number, layout: FloatLayout = {}): string {
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? "-" : "";
  if (!Number.isFinite(x)) {
    // CPython prints a NaN without its sign.
    const word = Number.isNaN(x) ? "nan" : sign + "inf";
    return layout.upper ? word.toUpperCase() : word;
  }
  return sign + layoutDigits(Math.abs(x), code, precision, layout);
}

function layoutDigits(x: number, code: FloatCode, precision: number, layout: FloatLayout): string {
  const addDot0 = layout.addDot0 === true;
  const alt = layout.alt === true;
  let d: Digits;
  let useExp = false;
  // How many digits (counted from the first significant one) to show at least.
  let end: number;
  switch (code) {
    case "e":
      d = significantDigits(x, precision + 1);
      useExp = true;
      end = precision + 1;
      break;
    case "f":
      d = fixedDigits(x, precision);
      end = d.decpt + precision;
      break;
    case "g": {
      const p = precision === 0 ? 1 : precision;
      d = significantDigits(x, p);
      useExp = d.decpt <= -4 || d.decpt > (addDot0 ? p - 1 : p);
      end = alt ? p : d.digits.length;
      break;
    }
    case "r":
      d = shortestDigits(x);
      useExp = d.decpt <= -4 || d.decpt > 16;
      end = d.digits.length;
      break;
  }
  const { digits } = d;
  let decpt = d.decpt;
  let exp = 0;
  if (useExp) {
    exp = digits === "0" ? 0 : decpt - 1;
    decpt = 1;
  }
  end = Math.max(end, digits.length, !useExp && addDot0 ? decpt + 1 : decpt);
  let text: string;
  if (decpt <= 0) {
    text = "0." + "0".repeat(-decpt) + digits + "0".repeat(end - digits.length);
  } else if (decpt <= digits.length) {
    text = digits.slice(0, decpt) + "." + digits.slice(decpt) + "0".repeat(end - digits.length);
  } else {
    text = digits + "0".repeat(decpt - digits.length) + "." + "0".repeat(end - decpt);
  }
  if (text.endsWith(".") && !alt) text = text.slice(0, -1);
  if (useExp) text += (layout.upper ? "E" : "e") + exponentText(exp);
  return text;
}

function exponentText(exp: number): string {
  const abs = Math.abs(exp);
  return (exp < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
}
