// printf-style formatting, `fmt % values` on a str (CPython's PyUnicode_Format,
// PyString_Format in Python 2): conversions d i o u x X e E f F g G c r s a %,
// flags `#0- +`, width and precision (also `*`), `%(key)s` lookups in a mapping.
// A tuple supplies the arguments; any other value is the single argument.

import { isByteText, isPy2, withUnicodeText } from "./dialect.js";
import { asciiDecode, PyUnicode } from "./unicode.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { formatDouble, type FloatCode } from "./floatRepr.js";
import { intDigits } from "./intText.js";
import { floatToInt, indexValue, int } from "./numberConvert.js";
import { INT_KIND, NOT_NUMBER, floatOf, intOf, numberKind } from "./numeric.js";
import { ascii, repr, str, strOrUnicode, unicode } from "./repr.js";
import { strLen, strSlice } from "./strIndex.js";
import { PyTuple } from "./tuple.js";
import { isPy2Long } from "./int.js";
import { typeName } from "./types.js";
import type { Int } from "./int.js";

interface Spec {
  left: boolean;
  sign: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  /** -1 when absent. */
  precision: number;
}

/** `fmt % values` */
export function percentFormat(fmt: string, values: unknown): string {
  const tuple = values instanceof PyTuple ? values : null;
  const argCount = tuple === null ? 1 : tuple.length;
  const mapping = tuple === null && isMapping(values) ? values : null;
  let argIndex = 0;
  const nextArg = (): unknown => {
    if (argIndex >= argCount) throw new TypeError("not enough arguments for format string");
    return tuple === null ? (argIndex++, values) : tuple[argIndex++];
  };
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) return finish(out + fmt.slice(i));
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (fmt[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    let value: unknown;
    let keyed = false;
    if (fmt[i] === "(") {
      if (mapping === null) throw new TypeError("format requires a mapping");
      const close = matchingParen(fmt, i);
      value = lookup(mapping, fmt.slice(i + 1, close));
      // After a keyed conversion the mapping no longer serves positional ones.
      argIndex = argCount;
      keyed = true;
      i = close + 1;
    }
    const spec: Spec = { left: false, sign: false, space: false, alt: false, zero: false, width: 0, precision: -1 };
    i = parseFlags(fmt, i, spec);
    if (fmt[i] === "*") {
      setWidth(spec, starArg(nextArg()));
      i++;
    } else {
      const start = i;
      while (isDigit(fmt, i)) i++;
      if (i > start) spec.width = Number(fmt.slice(start, i));
    }
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        spec.precision = Math.max(0, starArg(nextArg()));
        i++;
      } else {
        const start = i;
        while (isDigit(fmt, i)) i++;
        spec.precision = i > start ? Number(fmt.slice(start, i)) : 0;
      }
    }
    if (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L") i++;
    if (i >= fmt.length) throw new ValueError("incomplete format");
    const conversion = fmt[i]!;
    if (conversion === "%" && isPy2()) {
      // Python 2 pads a '%' with flags ('%5%' is '    %') and uses no argument.
      out += pad("%", spec, false);
      i++;
      continue;
    }
    if (!keyed) value = nextArg();
    out += convert(conversion, value, spec, i);
    i++;
  }
  return finish(out);

  function finish(text: string): string {
    if (argIndex < argCount && mapping === null) {
      throw new TypeError("not all arguments converted during string formatting");
    }
    return text;
  }
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function parseFlags(fmt: string, i: number, spec: Spec): number {
  for (;; i++) {
    switch (fmt[i]) {
      case "-": spec.left = true; break;
      case "+": spec.sign = true; break;
      case " ": spec.space = true; break;
      case "#": spec.alt = true; break;
      case "0": spec.zero = true; break;
      default: return i;
    }
  }
}

function setWidth(spec: Spec, width: number): void {
  if (width < 0) {
    spec.left = true;
    spec.width = -width;
  } else {
    spec.width = width;
  }
}

function starArg(v: unknown): number {
  if (numberKind(v) !== INT_KIND) throw new TypeError("* wants int");
  return Number(intOf(v));
}

// `%((a))s` looks up the key '(a)': parentheses nest inside the key.
function matchingParen(fmt: string, open: number): number {
  let depth = 1;
  for (let i = open + 1; i < fmt.length; i++) {
    if (fmt[i] === "(") depth++;
    else if (fmt[i] === ")" && --depth === 0) return i;
  }
  throw new ValueError("incomplete format key");
}

// CPython treats any non-tuple, non-str value with __getitem__ as a mapping.
function isMapping(v: unknown): boolean {
  if (typeof v !== "object" || v === null || v instanceof PyTuple || v instanceof PyFloat) return false;
  return Array.isArray(v) || typeof (v as { __getitem__?: unknown }).__getitem__ === "function";
}

function lookup(mapping: unknown, key: string): unknown {
  const getitem = (mapping as { __getitem__?: (k: unknown) => unknown }).__getitem__;
  if (typeof getitem === "function") return getitem.call(mapping, key);
  const detail = isPy2() ? "integers" : "integers or slices";
  throw new TypeError(`${typeName(mapping)} indices must be ${detail}, not str`);
}

/**
 * Thrown when a Python 2 byte-string format meets a unicode %s argument: CPython 2
 * then formats the whole string as unicode (py2PercentFormat).
 */
class PromoteToUnicode {}

/** `fmt % values` in Python 2: a byte string, or unicode when a %s argument is unicode. */
export function py2PercentFormat(fmt: string, values: unknown): string | PyUnicode {
  try {
    return percentFormat(fmt, values);
  } catch (signal) {
    if (!(signal instanceof PromoteToUnicode)) throw signal;
    return new PyUnicode(withUnicodeText(() => percentFormat(asciiDecode(fmt), values)));
  }
}

/**
 * What %s inserts: str(v). Python 2's byte format takes str(v) unless it is
 * unicode (a unicode value, or an object whose __str__ returns unicode), which
 * makes the whole format unicode; unicode formatting inserts unicode(v).
 */
function textArgument(value: unknown): string {
  if (!isPy2()) return str(value);
  if (!isByteText()) return unicode(value).text;
  const text = strOrUnicode(value);
  if (text instanceof PyUnicode) throw new PromoteToUnicode();
  return text;
}

function convert(conversion: string, value: unknown, spec: Spec, index: number): string {
  switch (conversion) {
    case "s":
      return pad(truncate(textArgument(value), spec), spec, false);
    case "r":
      return pad(truncate(repr(value), spec), spec, false);
    case "a":
      if (isPy2()) break;
      return pad(truncate(ascii(value), spec), spec, false);
    case "c":
      return pad(charOf(value), spec, false);
    case "d":
    case "i":
    case "u":
      return formatInt(integerArg(value, conversion), 10, spec, conversion);
    case "o":
    case "x":
    case "X":
      return formatInt(integerArg(value, conversion), conversion === "o" ? 8 : 16, spec, conversion);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return formatFloat(floatArg(value), conversion, spec);
  }
  const code = conversion.codePointAt(0)!;
  throw new ValueError(`unsupported format character '${conversion}' (0x${code.toString(16)}) at index ${index}`);
}

function truncate(text: string, spec: Spec): string {
  return spec.precision >= 0 && strLen(text) > spec.precision ? strSlice(text, 0, spec.precision) : text;
}

/** Pads to the width: spaces on the left (right with '-'), or zeros after the sign. */
function pad(text: string, spec: Spec, numeric: boolean, signLength = 0): string {
  const fill = spec.width - strLen(text);
  if (fill <= 0) return text;
  if (spec.left) return text + " ".repeat(fill);
  if (numeric && spec.zero) return text.slice(0, signLength) + "0".repeat(fill) + text.slice(signLength);
  return " ".repeat(fill) + text;
}

function charOf(v: unknown): string {
  if (typeof v === "string") {
    if (strLen(v) === 1) return v;
    throw new TypeError("%c requires int or char");
  }
  if (numberKind(v) === INT_KIND || (!isPy2() && hasMethod(v, "__index__"))) {
    const n = numberKind(v) === INT_KIND ? intOf(v) : indexValue(v);
    if (isPy2()) {
      if (typeof n === "bigint" && isPy2Long(n)) throw new OverflowError("Python int too large to convert to C long");
      if (n < 0) throw new OverflowError("unsigned byte integer is less than minimum");
      if (n > 255) throw new OverflowError("unsigned byte integer is greater than maximum");
    } else if (n < 0 || n > 0x10ffff) {
      throw new OverflowError("%c arg not in range(0x110000)");
    }
    return String.fromCodePoint(Number(n));
  }
  if (isPy2()) {
    // Python 2 converts anything else with PyInt_AsLong.
    if (numberKind(v) !== NOT_NUMBER) throw new TypeError(`integer argument expected, got ${typeName(v)}`);
    if (hasMethod(v, "__int__")) return charOf(int(v));
    throw new TypeError("an integer is required");
  }
  throw new TypeError("%c requires int or char");
}

// %d takes any real number (truncating a float); %x and %o only true integers in
// Python 3. Python 2 accepts floats for all of them.
function integerArg(v: unknown, conversion: string): Int {
  const hex = conversion === "o" || conversion === "x" || conversion === "X";
  const kind = numberKind(v);
  if (kind === INT_KIND) return intOf(v);
  if (isPy2()) {
    if (kind !== NOT_NUMBER) {
      // Python 2 reports a float that int() refuses (inf, nan) as the wrong type.
      const x = floatOf(v);
      if (!Number.isFinite(x)) throw new TypeError(`%${conversion === "i" ? "d" : conversion} format: a number is required, not float`);
      return floatToInt(x);
    }
    if (hasMethod(v, "__int__") || hasMethod(v, "__long__")) return int(v);
    throw new TypeError(`%${conversion === "i" ? "d" : conversion} format: a number is required, not ${typeName(v)}`);
  }
  if (hex) {
    if (kind === NOT_NUMBER && hasMethod(v, "__index__")) return indexValue(v);
    throw new TypeError(`%${conversion} format: an integer is required, not ${typeName(v)}`);
  }
  if (kind !== NOT_NUMBER) return floatToInt(floatOf(v));
  if (hasMethod(v, "__int__") || hasMethod(v, "__index__") || hasMethod(v, "__trunc__")) return int(v);
  throw new TypeError(`%${conversion} format: a real number is required, not ${typeName(v)}`);
}

function hasMethod(v: unknown, name: string): boolean {
  return typeof v === "object" && v !== null && typeof (v as Record<string, unknown>)[name] === "function";
}

function formatInt(n: Int, radix: number, spec: Spec, conversion: string): string {
  const negative = n < 0;
  let digits = intDigits(negative ? -n : n, radix);
  // Python 2 formats a machine int with C's printf, which prints no digits for
  // zero at precision 0 ('%.0d' % 0 == '').
  if (isPy2() && spec.precision === 0 && n === 0) digits = "";
  if (conversion === "X") digits = digits.toUpperCase();
  if (spec.precision > digits.length) digits = "0".repeat(spec.precision - digits.length) + digits;
  let prefix = "";
  if (spec.alt) {
    if (radix === 16) prefix = conversion === "X" ? "0X" : "0x";
    else if (radix === 8) prefix = isPy2() ? (digits[0] === "0" ? "" : "0") : "0o";
  }
  const sign = negative ? "-" : spec.sign ? "+" : spec.space ? " " : "";
  return pad(sign + prefix + digits, spec, true, sign.length + prefix.length);
}

function floatArg(v: unknown): number {
  if (numberKind(v) !== NOT_NUMBER) {
    if (!isPy2()) return floatOf(v);
    try {
      return floatOf(v);
    } catch {
      throw new TypeError(`float argument required, not ${typeName(v)}`);
    }
  }
  const method = (v as { __float__?: () => unknown } | null)?.__float__;
  if (typeof v === "object" && typeof method === "function") return floatOf(method.call(v));
  if (!isPy2() && hasMethod(v, "__index__")) return floatOf(indexValue(v));
  throw new TypeError(isPy2() ? `float argument required, not ${typeName(v)}` : `must be real number, not ${typeName(v)}`);
}

function formatFloat(x: number, conversion: string, spec: Spec): string {
  const lower = conversion.toLowerCase() as FloatCode;
  const precision = spec.precision < 0 ? 6 : spec.precision;
  const negative = x < 0 || Object.is(x, -0);
  const body = formatDouble(Math.abs(x), lower, precision, { alt: spec.alt, upper: conversion !== lower });
  const sign = negative && !Number.isNaN(x) ? "-" : spec.sign ? "+" : spec.space ? " " : "";
  return pad(sign + body, spec, true, sign.length);
}
