// Backslash escapes inside string literals, with each dialect's rules:
// Python 3 str (all escapes, \N{name}), bytes (no \u, \U, \N; ASCII only),
// Python 2 byte strings (\u and \N are not escapes), Python 2 unicode, and
// Python 2 `ur''` (raw, but \uXXXX still decodes). Errors carry CPython's text.

import { lookupUnicodeName } from "./unicodeNames.js";

export interface EscapeMode {
  /** r'' : backslashes stay, except ur'' decodes \u and \U. */
  readonly raw: boolean;
  /** \u, \U and \N{...} are escapes (Python 3 str, Python 2 unicode). */
  readonly unicode: boolean;
  /**
   * The result is a byte string (one char per byte, 0-255): py3 bytes and py2 byte
   * strings. Non-ASCII source characters become their UTF-8 bytes, as CPython 2 keeps
   * the source bytes of a str literal.
   */
  readonly bytes: boolean;
  /** Python 3 bytes literals only accept ASCII characters. */
  readonly asciiOnly: boolean;
}

export interface DecodeResult {
  readonly value: string;
  /** CPython's message and the offset (into the body) of the offending escape. */
  readonly error?: { readonly message: string; readonly offset: number; readonly length: number };
}

const simpleEscapes: Readonly<Record<string, string>> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Decodes one literal's body (between its quotes). Source line ends are already `\n`. */
export function decodeStringBody(body: string, mode: EscapeMode): DecodeResult {
  if (mode.asciiOnly && /[^\x00-\x7f]/.test(body)) {
    return { value: body, error: { message: "bytes can only contain ASCII literal characters", offset: 0, length: body.length } };
  }
  if (mode.bytes) body = utf8ByteString(body);
  if (mode.raw) return mode.unicode ? decodeRawUnicode(body) : { value: body };
  let out = "";
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf("\\", i);
    if (slash < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, slash);
    const c = body[slash + 1];
    if (c === undefined) {
      out += "\\";
      break;
    }
    const escape = decodeOne(body, slash, mode);
    if (typeof escape === "object" && "message" in escape) return { value: out, error: escape };
    out += escape[0];
    i = escape[1];
  }
  return { value: out };
}

type Escape = readonly [text: string, next: number] | { message: string; offset: number; length: number };

function decodeOne(body: string, slash: number, mode: EscapeMode): Escape {
  const c = body[slash + 1]!;
  if (c === "\n") return ["", slash + 2];
  const simple = simpleEscapes[c];
  if (simple !== undefined) return [simple, slash + 2];
  if (c >= "0" && c <= "7") {
    let end = slash + 2;
    while (end < slash + 4 && body[end]! >= "0" && body[end]! <= "7") end++;
    const code = parseInt(body.slice(slash + 1, end), 8);
    return [String.fromCodePoint(mode.bytes ? code & 0xff : code), end];
  }
  if (c === "x") return decodeHex(body, slash, 2, mode, "truncated \\xXX escape");
  if (mode.unicode && c === "u") return decodeHex(body, slash, 4, mode, "truncated \\uXXXX escape");
  if (mode.unicode && c === "U") return decodeHex(body, slash, 8, mode, "truncated \\UXXXXXXXX escape");
  if (mode.unicode && c === "N") return decodeNamed(body, slash, mode);
  return ["\\" + c, slash + 2];
}

function decodeHex(body: string, slash: number, count: number, mode: EscapeMode, truncated: string): Escape {
  let end = slash + 2;
  while (end < slash + 2 + count && /[0-9a-fA-F]/.test(body[end] ?? "")) end++;
  if (end < slash + 2 + count) return escapeError(body, slash, end, mode, truncated);
  const code = parseInt(body.slice(slash + 2, end), 16);
  if (code > 0x10ffff) return escapeError(body, slash, end, mode, "illegal Unicode character");
  return [String.fromCodePoint(code), end];
}

function decodeNamed(body: string, slash: number, mode: EscapeMode): Escape {
  if (body[slash + 2] !== "{") return escapeError(body, slash, slash + 2, mode, "malformed \\N character escape");
  const close = body.indexOf("}", slash + 3);
  if (close < 0 || close === slash + 3) {
    return escapeError(body, slash, close < 0 ? body.length : close + 1, mode, "malformed \\N character escape");
  }
  const code = lookupUnicodeName(body.slice(slash + 3, close));
  if (code === undefined) return escapeError(body, slash, close + 1, mode, "unknown Unicode character name");
  return [String.fromCodePoint(code), close + 1];
}

// CPython words escape errors after the codec that failed; positions count bytes of
// the body with every non-ASCII character first rewritten as a 10-byte \UXXXXXXXX.
function escapeError(body: string, start: number, end: number, mode: EscapeMode, reason: string): Escape {
  if (mode.bytes) {
    return { message: "(value error) invalid \\x escape at position " + codecPosition(body, start), offset: start, length: end - start };
  }
  const from = codecPosition(body, start);
  const to = codecPosition(body, end) - 1;
  return {
    message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: ${reason}`,
    offset: start,
    length: end - start,
  };
}

function codecPosition(body: string, index: number): number {
  let position = 0;
  for (const ch of body.slice(0, index)) position += ch.codePointAt(0)! < 0x80 ? 1 : 10;
  return position;
}

// Python 2 `ur'...'`: the raw-unicode-escape codec decodes \uXXXX and \UXXXXXXXX when
// preceded by an odd number of backslashes; every other backslash stays.
function decodeRawUnicode(body: string): DecodeResult {
  let out = "";
  let i = 0;
  while (i < body.length) {
    if (body[i] !== "\\") {
      out += body[i++];
      continue;
    }
    let run = 0;
    while (body[i + run] === "\\") run++;
    const next = body[i + run];
    if (run % 2 === 1 && (next === "u" || next === "U")) {
      const count = next === "u" ? 4 : 8;
      const hex = body.slice(i + run + 1, i + run + 1 + count);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length < count) {
        const message = `(unicode error) 'rawunicodeescape' codec can't decode bytes in position ${i + run - 1}-${i + run + hex.length}: truncated \\${next}XXXX`;
        return { value: out, error: { message, offset: i, length: run + 1 + hex.length } };
      }
      out += "\\".repeat(run - 1) + String.fromCodePoint(parseInt(hex, 16));
      i += run + 1 + count;
    } else {
      out += "\\".repeat(run);
      i += run;
    }
  }
  return { value: out };
}

/** Each UTF-8 byte of `text` as one char (U+0000-U+00FF). */
export function utf8ByteString(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? Buffer.from(text, "utf8").toString("latin1") : text;
}

/** A byte string read as UTF-8 when it is valid UTF-8, else one char per byte. */
export function decodeByteString(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString("latin1");
  }
}
