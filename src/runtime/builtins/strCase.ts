// str case mappings and character predicates (upper lower title capitalize
// swapcase casefold, isdigit isalpha isupper istitle ...). Python 3 uses Unicode:
// JavaScript's case mappings equal CPython's for every Unicode 14 character
// (checked by test/fixtures/unicodeCase.json); title case and case folding come
// from generated tables. A Python 2 str is bytes, so only ASCII letters change
// case and only ASCII characters are letters, digits or spaces; a Python 2 unicode
// value has Unicode 5.2's simple mappings (py2UnicodeCase.ts).

import { isByteText, isPy2 } from "./dialect.js";
import { py2IsLower, py2IsTitle, py2IsUpper, py2Lower, py2Title, py2Upper } from "./py2UnicodeCase.js";
import { inRanges, isSpaceCode } from "./unicodeChars.js";
import { CASEFOLD_MAP, DIGIT_RANGES, NUMERIC_RANGES, TITLE_MAP } from "./unicodeTables.js";

const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;
const ALPHA = /\p{L}/u;
const DECIMAL = /\p{Nd}/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

export function upper(s: string): string {
  if (isPy2()) return isByteText() ? asciiUpper(s) : py2Upper(s);
  return s.toUpperCase();
}

export function lower(s: string): string {
  if (isPy2()) return isByteText() ? asciiLower(s) : py2Lower(s);
  return s.toLowerCase();
}

export function casefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) out += CASEFOLD_MAP.get(ch.codePointAt(0)!) ?? ch.toLowerCase();
  return out;
}

function titleChar(ch: string): string {
  if (isPy2()) return isByteText() ? asciiUpper(ch) : py2Title(ch);
  return TITLE_MAP.get(ch.codePointAt(0)!) ?? ch.toUpperCase();
}

// One character: upper()/lower() give one (Python 3's full mappings may give more).
const upperChar = upper;
const lowerChar = lower;

// Python's "cased" characters: upper, lower or title case letters.
function isUpperChar(ch: string): boolean {
  if (isPy2()) return isByteText() ? ch >= "A" && ch <= "Z" : py2IsUpper(ch);
  return UPPER.test(ch);
}

function isLowerChar(ch: string): boolean {
  if (isPy2()) return isByteText() ? ch >= "a" && ch <= "z" : py2IsLower(ch);
  return LOWER.test(ch);
}

function isTitleChar(ch: string): boolean {
  if (isPy2()) return !isByteText() && py2IsTitle(ch);
  return TITLE.test(ch);
}

function isCased(ch: string): boolean {
  return isUpperChar(ch) || isLowerChar(ch) || isTitleChar(ch);
}

/** str.title(): a cased character after an uncased one is title-cased, others lowered ("they're" -> "They'Re"). */
export function title(s: string): string {
  let out = "";
  let previousCased = false;
  for (const ch of s) {
    out += previousCased ? lowerChar(ch) : titleChar(ch);
    previousCased = isCased(ch);
  }
  return out;
}

/** str.capitalize(): first character title-cased (upper-cased in Python 2), the rest lowered. */
export function capitalize(s: string): string {
  if (s === "") return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  const rest = s.slice(first.length);
  if (isPy2()) {
    // CPython 2 upper-cases a first character that is not upper case, and lowers any other that is not lower case.
    let out = isUpperChar(first) ? first : upperChar(first);
    for (const ch of rest) out += isLowerChar(ch) ? ch : lowerChar(ch);
    return out;
  }
  return titleChar(first) + rest.toLowerCase();
}

export function swapcase(s: string): string {
  let out = "";
  for (const ch of s) out += isUpperChar(ch) ? lowerChar(ch) : isLowerChar(ch) ? upperChar(ch) : ch;
  return out;
}

/** Python's all(pred(c) for c in s) and len(s) > 0. */
function every(s: string, pred: (ch: string, cp: number) => boolean): boolean {
  if (s === "") return false;
  for (const ch of s) if (!pred(ch, ch.codePointAt(0)!)) return false;
  return true;
}

const py2Ascii = (test: (cp: number) => boolean) => (ch: string, cp: number) => cp < 0x80 && test(cp);

export function isdigit(s: string): boolean {
  return every(s, isByteText() ? py2Ascii((cp) => cp >= 48 && cp <= 57) : (_ch, cp) => inRanges(cp, DIGIT_RANGES));
}

export function isdecimal(s: string): boolean {
  return every(s, isByteText() ? py2Ascii((cp) => cp >= 48 && cp <= 57) : (ch) => DECIMAL.test(ch));
}

export function isnumeric(s: string): boolean {
  return every(s, isByteText() ? py2Ascii((cp) => cp >= 48 && cp <= 57) : (_ch, cp) => inRanges(cp, NUMERIC_RANGES));
}

function isAlphaChar(ch: string, cp: number): boolean {
  return isByteText() ? cp < 0x80 && /[A-Za-z]/.test(ch) : ALPHA.test(ch);
}

export function isalpha(s: string): boolean {
  return every(s, isAlphaChar);
}

export function isalnum(s: string): boolean {
  if (isByteText()) return every(s, py2Ascii((cp) => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)));
  return every(s, (ch, cp) => ALPHA.test(ch) || inRanges(cp, NUMERIC_RANGES));
}

export function isspace(s: string): boolean {
  return every(s, isByteText() ? py2Ascii((cp) => cp === 32 || (cp >= 9 && cp <= 13)) : (_ch, cp) => cp < 0x10000 && isSpaceCode(cp));
}

/** At least one cased character, and no cased character of the other case. */
export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (isUpperChar(ch)) cased = true;
  }
  return cased;
}

export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) return false;
    if (isLowerChar(ch)) cased = true;
  }
  return cased;
}

/** Upper and title case only after uncased characters, lower case only after cased ones. */
export function istitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (isLowerChar(ch)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

const NON_PRINTABLE = /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isprintable(s: string): boolean {
  for (const ch of s) if (ch !== " " && NON_PRINTABLE.test(ch)) return false;
  return true;
}

export function isascii(s: string): boolean {
  return ASCII_ONLY.test(s);
}

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

export function isidentifier(s: string): boolean {
  return isByteText() ? /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) : IDENTIFIER.test(s);
}
