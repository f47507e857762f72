// Numeric builtins: abs, divmod, round, hex, oct, bin, chr, unichr, ord.
// round() differs by dialect: Python 3 rounds half to even and returns an int
// when ndigits is omitted; Python 2 rounds half away from zero and always
// returns a float. Both round the exact binary value, so round(2.675, 2) == 2.67.

import { isLong, longIfAny } from "./long.js";
import { PyUnicode } from "./unicode.js";
import { binaryDunder, unsupportedOperands } from "./binaryDispatch.js";
import { isPy2 } from "./dialect.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { PyFloat, floatDivmod, toFloat } from "./float.js";
import { exactDigits, fixedDigits, roundDigitsHalfUp } from "./floatDigits.js";
import { bigFloorDiv, intAbs, intDivmod, normBig, toBigInt, type Int } from "./int.js";
import { intDigits } from "./intText.js";
import { takeTrailingKwargs } from "./kwargs.js";
import { NotImplemented } from "./notImplemented.js";
import { floatToInt, indexValue } from "./numberConvert.js";
import { FLOAT_KIND, INT_KIND, NOT_NUMBER, floatOf, intOf, numberKind } from "./numeric.js";
import { strLen } from "./strIndex.js";
import { PyTuple } from "./tuple.js";
import { isPy2Long } from "./int.js";
import { typeName } from "./types.js";

/** abs(x) */
export function abs(x: unknown): any {
  switch (numberKind(x)) {
    case INT_KIND:
      return longIfAny(intAbs(intOf(x)), x);
    case FLOAT_KIND:
      return toFloat(Math.abs(floatOf(x)));
  }
  const method = (x as { __abs__?: () => unknown } | null)?.__abs__;
  if (typeof x === "object" && typeof method === "function") return method.call(x);
  throw new TypeError(`bad operand type for abs(): '${typeName(x)}'`);
}

/** divmod(a, b) */
export function divmod(a: unknown, b: unknown): any {
  const ka = numberKind(a);
  const kb = numberKind(b);
  if (ka !== NOT_NUMBER && kb !== NOT_NUMBER) {
    if (ka === INT_KIND && kb === INT_KIND) return PyTuple.of(...intDivmod(intOf(a), intOf(b)).map((r) => longIfAny(r, a, b)));
    return PyTuple.of(...floatDivmod(floatOf(a), floatOf(b)));
  }
  const r = binaryDunder(a, b, DIVMOD);
  if (r !== NotImplemented) return r;
  return unsupportedOperands("divmod()", a, b);
}

const DIVMOD = { symbol: "divmod()", name: "__divmod__", rname: "__rdivmod__", iname: "__idivmod__" };

/** round(number[, ndigits]), ndigits also by keyword: round(x, { ndigits: 2 }). */
export function round(...args: unknown[]): any {
  const kwargs = takeTrailingKwargs(args);
  let [x, ndigits = null] = args;
  for (const [key, value] of Object.entries(kwargs)) {
    if (key === "ndigits") ndigits = value;
    else if (key === "number" && args.length === 0) x = value;
    else throw new TypeError(`'${key}' is an invalid keyword argument for round()`);
  }
  return roundNumber(x, ndigits);
}

function roundNumber(x: unknown, ndigits: unknown): unknown {
  if (isPy2()) return roundPy2(x, ndigits);
  const kind = numberKind(x);
  if (kind === NOT_NUMBER) {
    const method = (x as { __round__?: (n?: unknown) => unknown } | null)?.__round__;
    if (typeof x === "object" && typeof method === "function") {
      return ndigits === null ? method.call(x) : method.call(x, ndigits);
    }
    throw new TypeError(`type ${typeName(x)} doesn't define __round__ method`);
  }
  if (kind === INT_KIND) {
    const n = intOf(x);
    return ndigits === null ? n : roundInt(n, indexValue(ndigits));
  }
  const value = floatOf(x);
  if (ndigits === null) return floatToInt(roundHalfEven(value));
  return roundFloat(value, indexValue(ndigits), false);
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** round(int, n) for n < 0: half to even at 10**-n. */
function roundInt(n: Int, digits: Int): Int {
  if (digits >= 0) return n;
  const p = 10n ** toBigInt(-toBigInt(digits));
  const x = toBigInt(n);
  let q = bigFloorDiv(x, p);
  const twice = 2n * (x - q * p);
  if (twice > p || (twice === p && q % 2n !== 0n)) q += 1n;
  return normBig(q * p);
}

// Beyond these, rounding cannot change a double (CPython's NDIGITS_MAX/MIN).
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(float, n): the exact value rounded to n decimal places, back to the nearest double. */
function roundFloat(x: number, digits: Int, halfAwayFromZero: boolean): number | PyFloat {
  if (!Number.isFinite(x) || x === 0) return toFloat(x);
  if (digits > NDIGITS_MAX) return toFloat(x);
  if (digits < NDIGITS_MIN) return new PyFloat(x < 0 ? -0 : 0);
  const places = Number(digits);
  const abs = Math.abs(x);
  const d = halfAwayFromZero ? roundDigitsHalfUp(exactDigits(abs), exactDigits(abs).decpt + places) : fixedDigits(abs, places);
  const magnitude = d.digits === "0" ? 0 : Number(`0.${d.digits}e${d.decpt}`);
  if (!Number.isFinite(magnitude)) throw new OverflowError("rounded value too large to represent");
  return toFloat(x < 0 ? -magnitude : magnitude);
}

function roundPy2(x: unknown, ndigits: unknown): number | PyFloat {
  if (numberKind(x) === NOT_NUMBER) throw new TypeError("a float is required");
  const digits = ndigits === null ? 0 : indexValue(ndigits);
  return roundFloat(floatOf(x), digits, true);
}

function integerArg(x: unknown, fn: string): Int {
  if (isPy2() && numberKind(x) !== INT_KIND) {
    if (fn === "bin") return indexValue(x);
    throw new TypeError(`${fn}() argument can't be converted to ${fn}`);
  }
  return indexValue(x);
}

function prefixed(n: Int, radix: number, prefix: string, fn: string, long = false): string {
  const negative = n < 0;
  const digits = intDigits(intAbs(n), radix);
  // Python 2 marks a long with L (hex(2**64) == '0x10000000000000000L'); bin() does not.
  const suffix = isPy2() && fn !== "bin" && (long || (typeof n === "bigint" && isPy2Long(n))) ? "L" : "";
  return (negative ? "-" : "") + prefix + digits + suffix;
}

/** hex(x) */
export function hex(x: unknown): string {
  return prefixed(integerArg(x, "hex"), 16, "0x", "hex", isLong(x));
}

/** oct(x): '0o10' in Python 3, '010' in Python 2. */
export function oct(x: unknown): string {
  const n = integerArg(x, "oct");
  if (isPy2()) return n === 0 && !isLong(x) ? "0" : prefixed(n, 8, "0", "oct", isLong(x));
  return prefixed(n, 8, "0o", "oct");
}

/** bin(x) */
export function bin(x: unknown): string {
  return prefixed(integerArg(x, "bin"), 2, "0b", "bin");
}

/** chr(i): a one-character str (Python 2: a byte, i < 256). */
export function chr(i: unknown): string {
  if (isPy2()) {
    if (numberKind(i) === FLOAT_KIND) throw new TypeError(`integer argument expected, got float`);
    if (numberKind(i) !== INT_KIND) throw new TypeError("an integer is required");
    const n = intOf(i);
    if (n < 0 || n > 255) throw new ValueError("chr() arg not in range(256)");
    return String.fromCharCode(Number(n));
  }
  const n = indexValue(i);
  if (n < 0 || n > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(Number(n));
}

/** Python 2's unichr(i). */
export function unichr(i: unknown): PyUnicode {
  const n = indexValue(i);
  if (n < 0 || n > 0x10ffff) throw new ValueError("unichr() arg not in range(0x110000) (wide Python build)");
  return new PyUnicode(String.fromCodePoint(Number(n)));
}

/** ord(c) */
export function ord(c: unknown): number {
  if (c instanceof PyUnicode) c = c.text;
  if (typeof c !== "string") throw new TypeError(`ord() expected string of length 1, but ${typeName(c)} found`);
  const length = strLen(c);
  if (length !== 1) throw new TypeError(`ord() expected a character, but string of length ${length} found`);
  return c.codePointAt(0)!;
}
