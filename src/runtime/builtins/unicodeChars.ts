// Character classes as Python defines them: whitespace (str.isspace, split,
// strip, int()), decimal digits of any script (int('١٢') == 12), and lookups in
// the generated range tables of unicodeTables.ts.

import { PY_WHITESPACE } from "./unicodeTables.js";

const WHITESPACE_SET = new Set(Array.from(PY_WHITESPACE, (c) => c.charCodeAt(0)));

/** Python's str.isspace() for one UTF-16 code unit (all Python whitespace is in the BMP). */
export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 27 && WHITESPACE_SET.has(code));
}

const LEADING_SPACE = new RegExp(`^[${escapeClass(PY_WHITESPACE)}]+`);
const TRAILING_SPACE = new RegExp(`[${escapeClass(PY_WHITESPACE)}]+$`);

/** str.strip() with no argument. */
export function stripSpace(s: string): string {
  return s.replace(LEADING_SPACE, "").replace(TRAILING_SPACE, "");
}

export function lstripSpace(s: string): string {
  return s.replace(LEADING_SPACE, "");
}

export function rstripSpace(s: string): string {
  return s.replace(TRAILING_SPACE, "");
}

function escapeClass(chars: string): string {
  return Array.from(chars, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
}

/** True when cp lies in one of the flattened inclusive [first, last] ranges. */
export function inRanges(cp: number, ranges: readonly number[]): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

const DECIMAL = /\p{Nd}/u;
const NON_ASCII_DECIMAL = /[^\x00-\x7f]/;

/**
 * Replaces decimal digits of every script by ASCII digits, as int() and float()
 * accept them. Unicode encodes each script's digits as a run of ten code points
 * from 0 to 9, and adjacent runs start again at 0, so a digit's value is its
 * distance from the start of its run of Nd characters, modulo 10.
 */
export function asciiDigits(s: string): string {
  if (!NON_ASCII_DECIMAL.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7f && DECIMAL.test(ch)) {
      let start = cp;
      while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
      out += String((cp - start) % 10);
    } else {
      out += ch;
    }
  }
  return out;
}
