// The int(), long() and float() builtins: conversion from numbers, strings and
// objects with __int__/__index__/__trunc__/__float__, with CPython's parsing rules
// (whitespace, signs, base prefixes, underscores in Python 3, digits of any
// script) and its exact error messages.

import { isPy2 } from "./dialect.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { PyFloat, toFloat } from "./float.js";
import { intToFloat, normBig, type Int } from "./int.js";
import { asLong, longValue, PyLong } from "./long.js";

function isUnicodeBox(v: unknown): v is { readonly text: string } {
  return typeof v === "object" && v !== null && (v as { isUnicode?: unknown }).isUnicode === true;
}
import { MAX_STR_DIGITS } from "./intText.js";
import { strRepr } from "./strRepr.js";
import { takeTrailingKwargs } from "./kwargs.js";
import { registerBuiltinType, typeName } from "./types.js";
import { asciiDigits, stripSpace } from "./unicodeChars.js";

/** int(x=0) / int(x, base), `base` also by keyword: int(s, { base: 16 }). */
/** A Python int in emitted type annotations: a safe-integer number or a bigint. */
export type int = number | bigint;
/** A Python float in emitted type annotations: a non-integral number or a PyFloat box. */
export type float = number | PyFloat;

export function int(...args: unknown[]): Int {
  const [x, base] = intArgs(args, "int");
  return toInt(x, base, "int");
}
registerBuiltinType(int, { name: "int" });

/** Python 2's long(x, base): the value as a long (long.ts). */
export function long(...args: unknown[]): Int | PyLong {
  const [x, base] = intArgs(args, "long");
  return asLong(toInt(x, base, "long"));
}
registerBuiltinType(long, { name: "long" });

// int's parameters: x positional-only (Python 2 also accepts x=), base by keyword.
function intArgs(args: unknown[], fn: string): [unknown, unknown] {
  const kwargs = takeTrailingKwargs(args);
  let [x, base] = args;
  for (const [key, value] of Object.entries(kwargs)) {
    if (key === "base" && args.length < 2) base = value;
    else if (key === "x" && isPy2() && args.length === 0) x = value;
    else throw new TypeError(`'${key}' is an invalid keyword argument for ${fn}()`);
  }
  if (args.length > 2) {
    throw new TypeError(`${fn}() takes at most 2 arguments (${args.length} given)`);
  }
  return [x === undefined ? 0 : x, base];
}

function toInt(x: unknown, base: unknown, fn: string): Int {
  if (base !== undefined) {
    if (isUnicodeBox(x)) x = x.text;
    if (typeof x !== "string") throw new TypeError(`${fn}() can't convert non-string with explicit base`);
    return intFromString(x, indexValue(base), fn);
  }
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? x : floatToInt(x);
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "string":
      return intFromString(x, 10, fn);
  }
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (x instanceof PyLong) return longValue(x);
  if (isUnicodeBox(x)) return base === undefined ? intFromString(x.text, 10, fn) : intFromString(x.text, indexValue(base), fn);
  return objectToInt(x, fn);
}

function objectToInt(x: unknown, fn: string): Int {
  const obj = x as Record<string, unknown> | null;
  for (const name of isPy2() ? ["__int__", "__long__", "__trunc__"] : ["__int__", "__index__", "__trunc__"]) {
    const method = obj?.[name];
    if (typeof method !== "function") continue;
    const r = method.call(obj);
    if (typeof r === "boolean") return r ? 1 : 0;
    if (typeof r === "bigint" || (typeof r === "number" && Number.isInteger(r))) return r;
    if (name === "__trunc__") return int(r);
    throw new TypeError(`${name} returned non-int (type ${typeName(r)})`);
  }
  const what = isPy2() ? "a string or a number" : "a string, a bytes-like object or a real number";
  throw new TypeError(`${fn}() argument must be ${what}, not '${typeName(x)}'`);
}

/** int(f) for a float: truncation toward zero. */
export function floatToInt(f: number): Int {
  if (Number.isNaN(f)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(f)) throw new OverflowError("cannot convert float infinity to integer");
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? t + 0 : normBig(BigInt(t));
}

/** The value of an integer argument such as a base or an index (__index__ protocol). */
export function indexValue(v: unknown): Int {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyLong) return longValue(v);
  const method = (v as { __index__?: unknown } | null)?.__index__;
  if (typeof method === "function") return indexValue(method.call(v));
  throw new TypeError(`'${typeName(v)}' object cannot be interpreted as ${isPy2() ? "an index" : "an integer"}`);
}

const PREFIX_BASE: Record<string, number> = { x: 16, o: 8, b: 2 };

// C's isspace(): Python 2 strings are bytes.
const C_SPACE_LEFT = /^[ \t\n\v\f\r]+/;
const C_SPACE_RIGHT = /[ \t\n\v\f\r]+$/;

/** Parses an int literal as int(text, base) does. */
export function intFromString(text: string, base: Int, fn = "int"): Int {
  if (typeof base === "bigint" || base < 0 || base === 1 || base > 36) {
    throw new ValueError(`${fn}() base must be >= 2 and <= 36, or 0`);
  }
  // Python 2 quotes the text from its first non-space character.
  const shown = isPy2() ? text.replace(C_SPACE_LEFT, "") : text;
  const invalid = (): never => {
    throw new ValueError(`invalid literal for ${fn}() with base ${base}: ${strRepr(shown)}`);
  };
  let s = isPy2() ? shown.replace(C_SPACE_RIGHT, "") : asciiDigits(stripSpace(text));
  let negative = false;
  if (s[0] === "+" || s[0] === "-") {
    negative = s[0] === "-";
    s = s.slice(1);
    // Python 2's strtol skips spaces after the sign: int('+ 5') == 5.
    if (isPy2()) s = s.replace(C_SPACE_LEFT, "");
  }
  let radix = base;
  let prefixed = false;
  const prefix = s.length > 1 && s[0] === "0" ? PREFIX_BASE[s[1]!.toLowerCase()] : undefined;
  if (prefix !== undefined && (radix === 0 || radix === prefix)) {
    radix = prefix;
    s = s.slice(2);
    prefixed = true;
  } else if (radix === 0) {
    // Python 3 rejects '010' in base 0 (except all zeros); Python 2 reads it as octal.
    if (s.length > 1 && s[0] === "0") {
      if (isPy2()) radix = 8;
      else if (/^0+(_0+)*$/.test(s)) return 0;
      else invalid();
    } else {
      radix = 10;
    }
  }
  if (!isPy2() && s.includes("_")) {
    // Underscores only between digits (or right after a base prefix).
    if (!/^_?[^_]+(_[^_]+)*$/.test(s) || (s[0] === "_" && !prefixed)) invalid();
    s = s.replace(/_/g, "");
  }
  if (s === "" || !validDigits(s, radix)) invalid();
  if (!isPy2() && (radix & (radix - 1)) !== 0 && s.length > MAX_STR_DIGITS) {
    throw new ValueError(
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  const magnitude = digitsValue(s, radix);
  return negative ? normBig(-BigInt(magnitude)) : magnitude;
}

function validDigits(s: string, radix: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const d = digitOf(s.charCodeAt(i));
    if (d < 0 || d >= radix) return false;
  }
  return true;
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

const BIGINT_PREFIX: Record<number, string> = { 2: "0b", 8: "0o", 10: "", 16: "0x" };

function digitsValue(s: string, radix: number): Int {
  // Up to 10 digits in base <= 36 is below 2**53, so the number parse is exact.
  if (s.length <= 10) return globalThis.parseInt(s, radix);
  const prefix = BIGINT_PREFIX[radix];
  if (prefix !== undefined) return normBig(BigInt(prefix + s));
  let value = 0n;
  const big = BigInt(radix);
  for (let i = 0; i < s.length; i++) value = value * big + BigInt(digitOf(s.charCodeAt(i)));
  return normBig(value);
}

/** float(x=0.0) */
export function float(x: unknown = 0): number | PyFloat {
  return toFloatValue(x);
}
registerBuiltinType(float, { name: "float" });

function toFloatValue(x: unknown): number | PyFloat {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? new PyFloat(x) : x;
    case "bigint":
      return toFloat(intToFloat(x));
    case "boolean":
      return new PyFloat(x ? 1 : 0);
    case "string":
      return toFloat(floatFromString(x));
  }
  if (x instanceof PyFloat) return x;
  if (x instanceof PyLong) return toFloat(intToFloat(x.value));
  if (isUnicodeBox(x)) return toFloat(floatFromString(x.text));
  const obj = x as Record<string, unknown> | null;
  const method = obj?.__float__;
  if (typeof method === "function") {
    const r = method.call(obj);
    if (r instanceof PyFloat || (typeof r === "number" && !Number.isInteger(r))) return r;
    throw new TypeError(`${typeName(obj)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (!isPy2() && typeof obj?.__index__ === "function") return toFloat(intToFloat(indexValue(obj)));
  if (isPy2()) throw new TypeError("float() argument must be a string or a number");
  throw new TypeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

const FLOAT_PY3 = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;
// Python 2 reads the longest float prefix (C strtod) and then checks for leftovers.
const FLOAT_PREFIX_PY2 = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i;

/** The value of a float literal as float(text) reads it. */
export function floatFromString(text: string): number {
  if (isPy2()) return py2FloatFromString(text);
  const s = asciiDigits(stripSpace(text));
  if (!FLOAT_PY3.test(s)) throw new ValueError(`could not convert string to float: ${strRepr(text)}`);
  return literalValue(s);
}

function py2FloatFromString(text: string): number {
  const shown = text.replace(C_SPACE_LEFT, "");
  const s = shown.replace(C_SPACE_RIGHT, "");
  const prefix = FLOAT_PREFIX_PY2.exec(s);
  if (prefix === null) throw new ValueError(`could not convert string to float: ${shown}`);
  if (prefix[0].length !== s.length) throw new ValueError(`invalid literal for float(): ${shown}`);
  return literalValue(s);
}

function literalValue(s: string): number {
  const lower = s.toLowerCase();
  if (lower.endsWith("nan")) return NaN;
  if (lower.endsWith("inf") || lower.endsWith("infinity")) return lower[0] === "-" ? -Infinity : Infinity;
  return Number(s.replace(/_/g, ""));
}
