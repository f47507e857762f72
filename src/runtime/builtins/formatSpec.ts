// The format mini-language and the format() builtin (CPython's
// Python/formatter_unicode.c): [[fill]align][sign][z][#][0][width][,|_][.precision][type]
// for str, int and float, with CPython's error messages in both dialects.
// Objects format through their __format__; str.format and f-strings call format().

import { isPy2 } from "./dialect.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { formatDouble, type FloatCode } from "./floatRepr.js";
import { intDigits } from "./intText.js";
import { INT_KIND, FLOAT_KIND, floatOf, intOf, numberKind } from "./numeric.js";
import { str } from "./repr.js";
import { strLen, strSlice } from "./strIndex.js";
import { typeName } from "./types.js";
import type { Int } from "./int.js";

export interface FormatSpec {
  fill: string;
  fillGiven: boolean;
  align: "" | "<" | ">" | "^" | "=";
  sign: "" | "+" | "-" | " ";
  noNegativeZero: boolean;
  alt: boolean;
  width: number;
  grouping: "" | "," | "_";
  /** -1 when absent. */
  precision: number;
  type: string;
}

/** format(value, spec) */
export function format(value: unknown, spec: unknown = ""): string {
  if (typeof spec !== "string") {
    throw new TypeError(
      isPy2() ? `format expects arg 2 to be string or unicode, not ${typeName(spec)}` : `format() argument 2 must be str, not ${typeName(spec)}`,
    );
  }
  switch (numberKind(value)) {
    case INT_KIND:
      if (spec === "") return str(value);
      return formatInt(intOf(value), parseFormatSpec(spec, value, "d", ">"), value);
    case FLOAT_KIND:
      if (spec === "") return str(value);
      return formatFloat(floatOf(value), parseFormatSpec(spec, value, "", ">"), value);
  }
  if (typeof value === "string") return spec === "" ? value : formatStr(value, parseFormatSpec(spec, value, "s", "<"));
  const method = (value as { __format__?: (spec: string) => unknown } | null)?.__format__;
  if (typeof value === "object" && value !== null && typeof method === "function") {
    const r = method.call(value, spec);
    if (typeof r !== "string") throw new TypeError(`__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  // object.__format__: Python 3 allows only an empty spec; Python 2 formats str(value).
  if (spec === "") return str(value);
  if (isPy2()) return formatStr(str(value), parseFormatSpec(spec, value, "s", "<"));
  throw new TypeError(`unsupported format string passed to ${typeName(value)}.__format__`);
}

const ALIGNS = "<>^=";

/** Parses a format spec; `defaultType` fills an omitted type ('s' for str, 'd' for int). */
export function parseFormatSpec(spec: string, value: unknown, defaultType: string, defaultAlign: "<" | ">"): FormatSpec {
  const f: FormatSpec = {
    fill: " ", fillGiven: false, align: "", sign: "", noNegativeZero: false, alt: false,
    width: -1, grouping: "", precision: -1, type: defaultType,
  };
  const chars = Array.from(spec);
  let i = 0;
  if (chars.length >= 2 && ALIGNS.includes(chars[1]!)) {
    f.fill = chars[0]!;
    f.fillGiven = true;
    f.align = chars[1] as FormatSpec["align"];
    i = 2;
  } else if (chars.length >= 1 && ALIGNS.includes(chars[0]!)) {
    f.align = chars[0] as FormatSpec["align"];
    i = 1;
  }
  if (chars[i] === "+" || chars[i] === "-" || chars[i] === " ") f.sign = chars[i++] as FormatSpec["sign"];
  if (chars[i] === "z" && !isPy2()) {
    f.noNegativeZero = true;
    i++;
  }
  if (chars[i] === "#") {
    f.alt = true;
    i++;
  }
  if (chars[i] === "0" && !f.fillGiven) {
    // '0' means zero padding after the sign: fill '0', and '=' unless aligned
    // otherwise (Python 3.10+ keeps a str's default left alignment).
    f.fill = "0";
    if (f.align === "" && (isPy2() || defaultAlign === ">")) f.align = "=";
    i++;
  }
  const widthStart = i;
  while (i < chars.length && chars[i]! >= "0" && chars[i]! <= "9") i++;
  if (i > widthStart) f.width = decimal(chars.slice(widthStart, i).join(""));
  if (chars[i] === ",") {
    f.grouping = ",";
    i++;
  }
  if (chars[i] === "_" && !isPy2()) {
    if (f.grouping !== "") throw new ValueError("Cannot specify both ',' and '_'.");
    f.grouping = "_";
    i++;
  }
  if (chars[i] === "," && !isPy2()) throw new ValueError("Cannot specify both ',' and '_'.");
  if (chars[i] === ".") {
    i++;
    const start = i;
    while (i < chars.length && chars[i]! >= "0" && chars[i]! <= "9") i++;
    if (i === start) throw new ValueError("Format specifier missing precision");
    f.precision = decimal(chars.slice(start, i).join(""));
  }
  if (chars.length - i > 1) {
    if (isPy2()) throw new ValueError("Invalid conversion specification");
    throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeName(value)}'`);
  }
  if (i < chars.length) f.type = chars[i]!;
  if (f.grouping !== "") checkGrouping(f);
  return f;
}

function decimal(digits: string): number {
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n > 2 ** 31 - 1) throw new ValueError("Too many decimal digits in format string");
  return n;
}

// PEP 378/515: ',' for decimal and float types; '_' also groups b/o/x/X by four.
function checkGrouping(f: FormatSpec): void {
  if ("defgEG%F".includes(f.type) || f.type === "") return;
  if (f.grouping === "_" && "boxX".includes(f.type)) return;
  throw new ValueError(`Cannot specify '${f.grouping}' with '${f.type}'.`);
}

function unknownCode(type: string, value: unknown): never {
  throw new ValueError(`Unknown format code '${type}' for object of type '${typeName(value)}'`);
}

/** Pads text to the spec's width with its fill and alignment. */
function align(text: string, f: FormatSpec, defaultAlign: "<" | ">"): string {
  const fill = f.width - strLen(text);
  if (fill <= 0) return text;
  const how = f.align === "" ? defaultAlign : f.align;
  if (how === "<") return text + f.fill.repeat(fill);
  if (how === "^") {
    const left = Math.floor(fill / 2);
    return f.fill.repeat(left) + text + f.fill.repeat(fill - left);
  }
  return f.fill.repeat(fill) + text;
}

export function formatStr(s: string, f: FormatSpec): string {
  if (f.type !== "s") unknownCode(f.type, s);
  if (f.sign === " " && !isPy2()) throw new ValueError("Space not allowed in string format specifier");
  if (f.sign !== "") throw new ValueError("Sign not allowed in string format specifier");
  if (f.noNegativeZero) throw new ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
  const text = f.precision >= 0 && strLen(s) > f.precision ? strSlice(s, 0, f.precision) : s;
  return align(text, f, "<");
}

const INT_RADIX: Record<string, number> = { b: 2, o: 8, d: 10, n: 10, x: 16, X: 16 };
const INT_PREFIX: Record<string, string> = { b: "0b", o: "0o", x: "0x", X: "0X" };

export function formatInt(n: Int, f: FormatSpec, value: unknown): string {
  if ("eEfFgG%".includes(f.type)) return formatFloat(floatOf(n), f, value);
  const radix = INT_RADIX[f.type];
  if (radix === undefined && f.type !== "c") unknownCode(f.type, value);
  if (f.precision !== -1) throw new ValueError("Precision not allowed in integer format specifier");
  if (f.noNegativeZero) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt && !isPy2()) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    // Python 2's int.__format__ produces a byte string.
    if (isPy2() ? n < 0 || n > 0xff : n < 0 || n > 0x10ffff) {
      throw new OverflowError(isPy2() ? "%c arg not in range(0x100)" : "%c arg not in range(0x110000)");
    }
    return align(String.fromCodePoint(Number(n)), f, ">");
  }
  const negative = n < 0;
  let digits = intDigits(negative ? -n : n, radix!);
  if (f.type === "X") digits = digits.toUpperCase();
  const prefix = f.alt ? INT_PREFIX[f.type] ?? "" : "";
  return layoutNumber(signText(negative, f), prefix, digits, "", f, radix === 10 ? 3 : 4);
}

function signText(negative: boolean, f: FormatSpec): string {
  if (negative) return "-";
  return f.sign === "+" ? "+" : f.sign === " " ? " " : "";
}

export function formatFloat(x: number, f: FormatSpec, value: unknown): string {
  if (!"eEfFgGn%".includes(f.type) && f.type !== "") unknownCode(f.type, value);
  if (f.alt && isPy2()) throw new ValueError("Alternate form (#) not allowed in float format specifier");
  let code: FloatCode;
  let precision = f.precision;
  let addDot0 = false;
  let type = f.type === "n" ? "g" : f.type;
  let suffix = "";
  if (type === "") {
    addDot0 = true;
    if (isPy2()) {
      code = "g";
      if (precision < 0) precision = 12;
    } else {
      code = precision < 0 ? "r" : "g";
    }
  } else {
    if (type === "%") {
      x *= 100;
      type = "f";
      suffix = "%";
    }
    code = type.toLowerCase() as FloatCode;
    if (precision < 0) precision = 6;
  }
  const negative = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x);
  let body = formatDouble(Math.abs(x), code, precision, { alt: f.alt, addDot0, upper: type === "E" || type === "F" || type === "G" });
  let sign = signText(negative, f);
  // 'z' drops the sign of a result that rounded to zero.
  if (negative && f.noNegativeZero && Number.isFinite(x) && !/[1-9]/.test(body.replace(/e.*$/i, ""))) {
    sign = signText(false, f);
  }
  // The leading digits are the integer part that grouping applies to.
  const intEnd = body.search(/[^0-9]/);
  const intPart = intEnd < 0 ? body : body.slice(0, intEnd);
  body = intEnd < 0 ? "" : body.slice(intEnd);
  return layoutNumber(sign, "", intPart, body + suffix, f, 3);
}

/**
 * CPython's fill_number: sign, prefix, grouped integer digits, then the rest
 * (fraction, exponent, '%'). Zero fill under '=' alignment is grouped too:
 * format(1234, '08,') is '0,001,234'.
 */
function layoutNumber(sign: string, prefix: string, digits: string, rest: string, f: FormatSpec, groupSize: number): string {
  const how = f.align === "" ? ">" : f.align;
  if (how === "=" && f.fill === "0" && f.grouping !== "" && digits !== "") {
    const minWidth = f.width - sign.length - prefix.length - strLen(rest);
    return sign + prefix + group(digits, f.grouping, groupSize, minWidth) + rest;
  }
  const number = (f.grouping === "" || digits === "" ? digits : group(digits, f.grouping, groupSize, 0)) + rest;
  const fill = f.width - strLen(sign + prefix + number);
  if (fill <= 0) return sign + prefix + number;
  if (how === "=") return sign + prefix + f.fill.repeat(fill) + number;
  return align(sign + prefix + number, f, ">");
}

/** Inserts separators every groupSize digits, zero-extending to minWidth (never starting with a separator). */
function group(digits: string, sep: string, groupSize: number, minWidth: number): string {
  let out = "";
  let end = digits.length;
  let inGroup = 0;
  let length = 0;
  while (end > 0 || length < minWidth) {
    if (inGroup === groupSize) {
      out = sep + out;
      length++;
      inGroup = 0;
    }
    out = (end > 0 ? digits[--end] : "0") + out;
    length++;
    inGroup++;
  }
  return out;
}
