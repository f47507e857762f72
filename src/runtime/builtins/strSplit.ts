// Splitting, stripping and joining str: split rsplit splitlines strip lstrip
// rstrip join expandtabs. Whitespace is Python's (str.isspace: includes
// \x1c-\x1f, \x85, \xa0 ...); a Python 2 str is bytes, so only ASCII whitespace
// and only \n and \r end lines there.

import { isByteText, isPy2 } from "./dialect.js";
import { TypeError, ValueError } from "./exceptions.js";
import { PyList } from "./list.js";
import { intArgument } from "./strIndex.js";
import { typeName } from "./types.js";
import { isSpaceCode, lstripSpace, rstripSpace, stripSpace } from "./unicodeChars.js";

function isSpace(code: number): boolean {
  return isByteText() ? code === 32 || (code >= 9 && code <= 13) : isSpaceCode(code);
}

const intArg = intArgument;

function sepArg(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "string") {
    throw new TypeError(isPy2() ? "expected a string or other character buffer object" : `must be str or None, not ${typeName(v)}`);
  }
  if (v === "") throw new ValueError("empty separator");
  return v;
}

/** s.split(sep=None, maxsplit=-1) */
export function split(s: string, sep?: unknown, maxsplit: unknown = -1): PyList<string> {
  const separator = sepArg(sep);
  let limit = intArg(maxsplit);
  if (limit < 0) limit = Infinity;
  const out = new PyList<string>();
  if (separator !== null) {
    if (limit === Infinity) {
      for (const part of s.split(separator)) out.push(part);
      return out;
    }
    let pos = 0;
    for (let n = 0; n < limit; n++) {
      const at = s.indexOf(separator, pos);
      if (at < 0) break;
      out.push(s.slice(pos, at));
      pos = at + separator.length;
    }
    out.push(s.slice(pos));
    return out;
  }
  // Runs of whitespace separate words; after maxsplit words the rest is kept
  // whole (without its leading whitespace).
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (out.length >= limit) {
      out.push(s.slice(i));
      return out;
    }
    const start = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

/** s.rsplit(sep=None, maxsplit=-1) */
export function rsplit(s: string, sep?: unknown, maxsplit: unknown = -1): PyList<string> {
  const separator = sepArg(sep);
  let limit = intArg(maxsplit);
  if (limit < 0) return split(s, sep, -1);
  const parts: string[] = [];
  if (separator !== null) {
    let end = s.length;
    for (let n = 0; n < limit; n++) {
      const at = end - separator.length < 0 ? -1 : s.lastIndexOf(separator, end - separator.length);
      if (at < 0) break;
      parts.push(s.slice(at + separator.length, end));
      end = at;
    }
    parts.push(s.slice(0, end));
  } else {
    let i = s.length;
    while (i > 0) {
      while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
      if (i <= 0) break;
      if (parts.length >= limit) {
        parts.push(s.slice(0, i));
        break;
      }
      const end = i;
      while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
      parts.push(s.slice(i, end));
    }
  }
  const out = new PyList<string>();
  for (let k = parts.length - 1; k >= 0; k--) out.push(parts[k]!);
  return out;
}

// Line boundaries of str.splitlines: \r\n counts as one.
const LINE_BREAKS_PY3 = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
const LINE_BREAKS_PY2 = /\r\n|[\n\r]/g;

/** s.splitlines(keepends=False) */
export function splitlines(s: string, keepends: unknown = false): PyList<string> {
  const keep = typeof keepends === "boolean" ? keepends : intArg(keepends) !== 0;
  const out = new PyList<string>();
  const breaks = isByteText() ? LINE_BREAKS_PY2 : LINE_BREAKS_PY3;
  breaks.lastIndex = 0;
  let pos = 0;
  for (let m = breaks.exec(s); m !== null; m = breaks.exec(s)) {
    out.push(s.slice(pos, keep ? m.index + m[0].length : m.index));
    pos = m.index + m[0].length;
  }
  if (pos < s.length) out.push(s.slice(pos));
  return out;
}

function charsArg(v: unknown, method: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  throw new TypeError(isPy2() ? `${method} arg must be None, str or unicode` : `${method} arg must be None or str`);
}

function stripChars(s: string, chars: string, left: boolean, right: boolean): string {
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let lo = 0;
  let hi = cps.length;
  if (left) while (lo < hi && set.has(cps[lo]!)) lo++;
  if (right) while (hi > lo && set.has(cps[hi - 1]!)) hi--;
  return cps.slice(lo, hi).join("");
}

const PY2_SPACE_LEFT = /^[ \t\n\r\x0b\x0c]+/;
const PY2_SPACE_RIGHT = /[ \t\n\r\x0b\x0c]+$/;

/** s.strip(chars=None) */
export function strip(s: string, chars?: unknown): string {
  const set = charsArg(chars, "strip");
  if (set !== null) return stripChars(s, set, true, true);
  return isByteText() ? s.replace(PY2_SPACE_LEFT, "").replace(PY2_SPACE_RIGHT, "") : stripSpace(s);
}

export function lstrip(s: string, chars?: unknown): string {
  const set = charsArg(chars, "lstrip");
  if (set !== null) return stripChars(s, set, true, false);
  return isByteText() ? s.replace(PY2_SPACE_LEFT, "") : lstripSpace(s);
}

export function rstrip(s: string, chars?: unknown): string {
  const set = charsArg(chars, "rstrip");
  if (set !== null) return stripChars(s, set, false, true);
  return isByteText() ? s.replace(PY2_SPACE_RIGHT, "") : rstripSpace(s);
}

/** sep.join(iterable) */
export function join(sep: string, items: unknown): string {
  let list: readonly unknown[];
  if (Array.isArray(items)) list = items;
  else if (typeof items === "string" || (typeof items === "object" && items !== null && Symbol.iterator in items)) {
    list = Array.from(items as Iterable<unknown>);
  } else {
    throw new TypeError("can only join an iterable");
  }
  for (let i = 0; i < list.length; i++) {
    if (typeof list[i] !== "string") {
      const found = typeName(list[i]);
      throw new TypeError(
        isPy2() ? `sequence item ${i}: expected string, ${found} found` : `sequence item ${i}: expected str instance, ${found} found`,
      );
    }
  }
  return (list as readonly string[]).join(sep);
}

/** s.expandtabs(tabsize=8): each tab advances to the next multiple of tabsize. */
export function expandtabs(s: string, tabsize: unknown = 8): string {
  const size = intArg(tabsize);
  let out = "";
  let column = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (size > 0) {
        const spaces = size - (column % size);
        out += " ".repeat(spaces);
        column += spaces;
      }
    } else {
      out += ch;
      column = ch === "\n" || ch === "\r" ? 0 : column + 1;
    }
  }
  return out;
}
