// Substring search on str: find rfind index rindex count startswith endswith
// replace partition rpartition. Optional start/end follow slice rules and count
// code points (strIndex.ts); argument errors quote CPython.

import { isPy2 } from "./dialect.js";
import { TypeError, ValueError } from "./exceptions.js";
import { codePointIndex, codePoints, codeUnitOffset, hasSurrogates, indexArg, intArgument, strLen } from "./strIndex.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./types.js";

function needString(v: unknown): string {
  if (typeof v === "string") return v;
  throw new TypeError(isPy2() ? "expected a string or other character buffer object" : `must be str, not ${typeName(v)}`);
}

function bound(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  return indexArg(v, () => "slice indices must be integers or None or have an __index__ method");
}

/**
 * CPython's ADJUST_INDICES: negative bounds count from the end (floored at 0),
 * end is capped at the length, start is not capped. Code-point units.
 */
function adjust(s: string, start: unknown, end: unknown): [number, number] {
  const len = strLen(s);
  let lo = bound(start) ?? 0;
  let hi = bound(end) ?? len;
  if (hi > len) hi = len;
  else if (hi < 0) hi = Math.max(hi + len, 0);
  if (lo < 0) lo = Math.max(lo + len, 0);
  return [lo, hi];
}

/** s.find(sub[, start[, end]]) */
export function find(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const needle = needString(sub);
  const [lo, hi] = adjust(s, start, end);
  if (hi - lo < strLen(needle)) return -1;
  const from = codeUnitOffset(s, lo);
  const to = codeUnitOffset(s, hi);
  const at = s.indexOf(needle, from);
  return at < 0 || at + needle.length > to ? -1 : codePointIndex(s, at);
}

/** s.rfind(sub[, start[, end]]) */
export function rfind(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const needle = needString(sub);
  const [lo, hi] = adjust(s, start, end);
  if (hi - lo < strLen(needle)) return -1;
  const from = codeUnitOffset(s, lo);
  const to = codeUnitOffset(s, hi);
  const at = s.lastIndexOf(needle, to - needle.length);
  return at < from ? -1 : codePointIndex(s, at);
}

export function index(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const at = find(s, sub, start, end);
  if (at < 0) throw new ValueError("substring not found");
  return at;
}

export function rindex(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const at = rfind(s, sub, start, end);
  if (at < 0) throw new ValueError("substring not found");
  return at;
}

/** s.count(sub[, start[, end]]): non-overlapping occurrences. */
export function count(s: string, sub: unknown, start?: unknown, end?: unknown): number {
  const needle = needString(sub);
  const [lo, hi] = adjust(s, start, end);
  if (lo > strLen(s) || hi < lo) return 0;
  if (needle === "") return hi - lo + 1;
  const to = codeUnitOffset(s, hi);
  let n = 0;
  for (let at = s.indexOf(needle, codeUnitOffset(s, lo)); at >= 0 && at + needle.length <= to; at = s.indexOf(needle, at + needle.length)) n++;
  return n;
}

function affixes(v: unknown, method: string): string[] {
  if (typeof v === "string") return [v];
  if (v instanceof PyTuple) {
    return v.map((item) => {
      if (typeof item === "string") return item;
      throw new TypeError(
        isPy2() ? `expected a string or other character buffer object` : `tuple for ${method} must only contain str, not ${typeName(item)}`,
      );
    });
  }
  throw new TypeError(
    isPy2()
      ? `${method} first arg must be str, unicode, or tuple, not ${typeName(v)}`
      : `${method} first arg must be str or a tuple of str, not ${typeName(v)}`,
  );
}

/** s.startswith(prefix | tuple[, start[, end]]) */
export function startswith(s: string, prefix: unknown, start?: unknown, end?: unknown): boolean {
  const [lo, hi] = adjust(s, start, end);
  for (const p of affixes(prefix, "startswith")) {
    if (hi - strLen(p) < lo) continue;
    const at = codeUnitOffset(s, lo);
    if (s.startsWith(p, at)) return true;
  }
  return false;
}

/** s.endswith(suffix | tuple[, start[, end]]) */
export function endswith(s: string, suffix: unknown, start?: unknown, end?: unknown): boolean {
  const [lo, hi] = adjust(s, start, end);
  for (const p of affixes(suffix, "endswith")) {
    if (hi - strLen(p) < lo) continue;
    if (s.endsWith(p, codeUnitOffset(s, hi))) return true;
  }
  return false;
}

function replaceArg(v: unknown, position: number): string {
  if (typeof v === "string") return v;
  throw new TypeError(isPy2() ? "expected a string or other character buffer object" : `replace() argument ${position} must be str, not ${typeName(v)}`);
}

/** s.replace(old, new[, count]) */
export function replace(s: string, old: unknown, replacement: unknown, maxCount: unknown = -1): string {
  const from = replaceArg(old, 1);
  const to = replaceArg(replacement, 2);
  const limit = intArgument(maxCount);
  if (limit < 0) {
    if (from !== "") return s.split(from).join(to);
    // An empty pattern matches between every character.
    return to + (hasSurrogates(s) ? codePoints(s) : s.split("")).join(to) + (s === "" ? "" : to);
  }
  if (from === "") {
    const chars = hasSurrogates(s) ? codePoints(s) : s.split("");
    let out = "";
    let n = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (n < limit) {
        out += to;
        n++;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  let out = "";
  let pos = 0;
  for (let n = 0; n < limit; n++) {
    const at = s.indexOf(from, pos);
    if (at < 0) break;
    out += s.slice(pos, at) + to;
    pos = at + from.length;
  }
  return out + s.slice(pos);
}

function separator(v: unknown): string {
  const sep = needString(v);
  if (sep === "") throw new ValueError("empty separator");
  return sep;
}

/** s.partition(sep) */
export function partition(s: string, sep: unknown): PyTuple<string> {
  const needle = separator(sep);
  const at = s.indexOf(needle);
  if (at < 0) return PyTuple.of(s, "", "");
  return PyTuple.of(s.slice(0, at), needle, s.slice(at + needle.length));
}

/** s.rpartition(sep) */
export function rpartition(s: string, sep: unknown): PyTuple<string> {
  const needle = separator(sep);
  const at = s.lastIndexOf(needle);
  if (at < 0) return PyTuple.of("", "", s);
  return PyTuple.of(s.slice(0, at), needle, s.slice(at + needle.length));
}
