// Python str length, indexing and slicing by code point. A JavaScript string is
// UTF-16, so a character beyond U+FFFF takes two code units; Python counts it as
// one. Strings without surrogates (nearly all) use code-unit operations directly;
// the rest go through an array of code points. Both answers are cached for the
// last few strings seen, so a loop indexing one or two strings stays O(1) per step.
// ASCII strings are recognised by their UTF-8 length, and s[i] looks only at the
// code units up to i. (docs/architecture.md §4, "str and code points".)

import { isPy2 } from "./dialect.js";
import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { typeName } from "./types.js";

const SURROGATE = /[\ud800-\udfff]/;

// The answers for the last few strings seen, so that loops indexing one or two
// strings (`a[i] == b[i]`) stay O(1) per step. A string is found by identity
// first; an equal string that is another object costs one comparison.
const CACHE_SIZE = 4;
const checkedStrings: string[] = new Array<string>(CACHE_SIZE).fill("");
const checkedAnswers: boolean[] = new Array<boolean>(CACHE_SIZE).fill(false);
let nextChecked = 0;

/** True when s contains a UTF-16 surrogate, i.e. code units and code points differ. */
export function hasSurrogates(s: string): boolean {
  const n = s.length;
  if (n < 2) return false; // one code unit is one code point either way
  // A short string is checked outright: cheaper than the cache's comparisons.
  // Below 13 code units (V8's minimum for a concatenation or slice kept by
  // reference) a scan is cheapest; a longer string may be a chain of `+=`, and
  // asking Node for its UTF-8 length flattens it once and counts in native code
  // (measured on bench/cpu/string_build.py and flat 16-60 unit strings: faster
  // than a scan). Text starting with a non-ASCII character is scanned at once.
  if (n < 13) return surrogateIn(s, 0, n);
  if (n <= 64) return !(s.charCodeAt(0) < 0x80 && isAscii(s)) && surrogateIn(s, 0, n);
  for (let k = 0; k < CACHE_SIZE; k++) if (checkedStrings[k] === s) return checkedAnswers[k]!;
  const answer = !(s.charCodeAt(0) < 0x80 && isAscii(s)) && SURROGATE.test(s);
  checkedStrings[nextChecked] = s;
  checkedAnswers[nextChecked] = answer;
  nextChecked = (nextChecked + 1) % CACHE_SIZE;
  return answer;
}

/**
 * True when every code unit of s is below U+0080: its UTF-8 encoding then has
 * one byte per unit, and any other unit takes more (a surrogate pair 4 bytes
 * for 2 units, a lone surrogate 3).
 */
function isAscii(s: string): boolean {
  return Buffer.byteLength(s, "utf8") === s.length;
}

/** True when a code unit in s[from:to] is a surrogate. */
function surrogateIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

// s[i] checks at most this many code units before trusting code-unit indexing.
const SHORT_INDEX = 16;

const splitStrings: string[] = ["", ""];
const splitArrays: string[][] = [[], []];
let nextSplit = 0;

/** The characters of s, one per code point (lone surrogates stay single characters). */
export function codePoints(s: string): string[] {
  if (splitStrings[0] === s) return splitArrays[0]!;
  if (splitStrings[1] === s) return splitArrays[1]!;
  const chars = Array.from(s);
  splitStrings[nextSplit] = s;
  splitArrays[nextSplit] = chars;
  nextSplit = 1 - nextSplit;
  return chars;
}

/** len(s) */
export function strLen(s: string): number {
  return hasSurrogates(s) ? codePoints(s).length : s.length;
}

/** The code-unit offset of code point `index` in s (index may equal the length). */
export function codeUnitOffset(s: string, index: number): number {
  if (!hasSurrogates(s)) return index;
  let offset = 0;
  for (let i = 0; i < index && offset < s.length; i++) {
    const c = s.charCodeAt(offset);
    offset += c >= 0xd800 && c <= 0xdbff && offset + 1 < s.length && isLowSurrogate(s.charCodeAt(offset + 1)) ? 2 : 1;
  }
  return offset;
}

/** The code-point index of code-unit `offset` in s. */
export function codePointIndex(s: string, offset: number): number {
  if (!hasSurrogates(s)) return offset;
  let index = 0;
  for (let u = 0; u < offset; index++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && isLowSurrogate(s.charCodeAt(u + 1)) ? 2 : 1;
  }
  return index;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** An index argument as a number (int, bool or __index__); bigints saturate. */
export function indexArg(v: unknown, what: () => string): number {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v < 0n ? -Infinity : Infinity;
  const method = (v as { __index__?: () => unknown } | null)?.__index__;
  if (typeof method === "function") return indexArg(method.call(v), what);
  throw new TypeError(what());
}

/**
 * An integer argument of a str method (a width, a count), with CPython's
 * messages: Python 2's PyArg_ParseTuple wording, Python 3's __index__ one.
 */
export function intArgument(v: unknown): number {
  return indexArg(v, () => {
    if (!isPy2()) return `'${typeName(v)}' object cannot be interpreted as an integer`;
    return typeof v === "number" || v instanceof Object && typeName(v) === "float" ? `integer argument expected, got float` : "an integer is required";
  });
}

/** s[i] */
export function strGetItem(s: string, i: unknown): string {
  // Code point i is code unit i when no unit up to it is a surrogate (a low
  // surrogate after it cannot pair with it); from the end likewise.
  if (typeof i === "number" && Number.isInteger(i)) {
    const n = s.length;
    if (i >= 0) {
      if (i < n && i < SHORT_INDEX && !surrogateIn(s, 0, i + 1)) return s[i]!;
    } else if (i >= -n && i >= -SHORT_INDEX && !surrogateIn(s, n + i, n)) {
      return s[n + i]!;
    }
  }
  if (typeof i === "bigint") throw new IndexError(`cannot fit '${typeName(i)}' into an index-sized integer`);
  let index = indexArg(i, () =>
    isPy2() ? `string indices must be integers, not ${typeName(i)}` : `string indices must be integers, not '${typeName(i)}'`,
  );
  if (!hasSurrogates(s)) {
    if (index < 0) index += s.length;
    if (index < 0 || index >= s.length) throw new IndexError("string index out of range");
    return s[index]!;
  }
  const cps = codePoints(s);
  if (index < 0) index += cps.length;
  if (index < 0 || index >= cps.length) throw new IndexError("string index out of range");
  return cps[index]!;
}

function sliceBound(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  return indexArg(v, () => "slice indices must be integers or None or have an __index__ method");
}

/**
 * Python's slice.indices(length): clamps start and stop, resolves negatives and
 * defaults for the step's direction. Returns [start, stop, step, count].
 */
export function sliceIndices(length: number, start: unknown, stop: unknown, step: unknown): [number, number, number, number] {
  const st = sliceBound(step) ?? 1;
  if (st === 0) throw new ValueError("slice step cannot be zero");
  let lo = sliceBound(start);
  let hi = sliceBound(stop);
  if (st > 0) {
    lo = lo === null ? 0 : lo < 0 ? Math.max(lo + length, 0) : Math.min(lo, length);
    hi = hi === null ? length : hi < 0 ? Math.max(hi + length, 0) : Math.min(hi, length);
    return [lo, hi, st, hi > lo ? Math.ceil((hi - lo) / st) : 0];
  }
  lo = lo === null ? length - 1 : lo < 0 ? Math.max(lo + length, -1) : Math.min(lo, length - 1);
  hi = hi === null ? -1 : hi < 0 ? Math.max(hi + length, -1) : Math.min(hi, length - 1);
  return [lo, hi, st, lo > hi ? Math.ceil((lo - hi) / -st) : 0];
}

/** s[start:stop:step] (null or undefined for an omitted bound). */
export function strSlice(s: string, start?: unknown, stop?: unknown, step?: unknown): string {
  const astral = hasSurrogates(s);
  const cps = astral ? codePoints(s) : null;
  const length = cps === null ? s.length : cps.length;
  const [lo, hi, st, count] = sliceIndices(length, start, stop, step);
  if (st === 1) return cps === null ? s.slice(lo, hi) : cps.slice(lo, Math.max(lo, hi)).join("");
  let out = "";
  for (let k = 0, i = lo; k < count; k++, i += st) out += cps === null ? s[i] : cps[i];
  return out;
}
