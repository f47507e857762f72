// repr() and ascii() of a str, as CPython writes them: single quotes unless the
// text contains a single quote and no double quote; backslash escapes for quotes,
// \t \n \r, and for non-printable characters \xNN, \uNNNN or \UNNNNNNNN. Python 2
// strings are byte strings (one char per byte), so their non-ASCII bytes show
// escaped ('\xe4\xb8\xad').

import { isPy2 } from "./dialect.js";

// Printable ASCII other than the quote and the backslash: no escaping needed.
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
// Python's str.isprintable() is false for categories Cc Cf Cs Co Cn Zl Zp Zs (but not ' ').
const NON_PRINTABLE = /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr(s) */
export function strRepr(s: string): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  return isPy2() ? bytesStyleRepr(s) : quote(s, escapeUnicode);
}

/** ascii(s): repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  return quote(s, escapeAscii);
}

function quote(s: string, escapeChar: (cp: number, ch: string) => string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else out += escapeChar(cp, ch);
  }
  return out + q;
}

function controlEscape(cp: number): string | undefined {
  if (cp === 9) return "\\t";
  if (cp === 10) return "\\n";
  if (cp === 13) return "\\r";
  return undefined;
}

function hexEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

function escapeUnicode(cp: number, ch: string): string {
  const control = controlEscape(cp);
  if (control !== undefined) return control;
  return cp < 0x7f || cp === 0x7f || NON_PRINTABLE.test(ch) ? hexEscape(cp) : ch;
}

function escapeAscii(cp: number): string {
  return controlEscape(cp) ?? hexEscape(cp);
}

// Python 2 str: a byte string (one char per byte); bytes outside printable ASCII are escaped.
// A char beyond U+00FF cannot be a byte: such text is shown by its UTF-8 bytes.
function bytesStyleRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  const bytes = /[^\x00-\xff]/.test(s) ? new TextEncoder().encode(s) : Array.from(s, (c) => c.charCodeAt(0));
  for (const byte of bytes) {
    if (byte === 0x5c || byte === q.charCodeAt(0)) out += "\\" + String.fromCharCode(byte);
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += controlEscape(byte) ?? "\\x" + byte.toString(16).padStart(2, "0");
  }
  return out + q;
}
