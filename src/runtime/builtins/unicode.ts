// Python 2 text (docs/architecture.md §4). A py2 `str` is a byte string: a
// JavaScript string holding one char per byte (U+0000-U+00FF), so `len('中')` is 3
// and `'%-4s' % '中'` pads by bytes. A `unicode` value is a PyUnicode box around
// text. Mixing the two decodes the str as ASCII (UnicodeDecodeError otherwise),
// as CPython 2 does; printing a unicode value writes its UTF-8 encoding (the
// terminal's). Python 3 programs never create PyUnicode values.

import { isPy2, withUnicodeText } from "./dialect.js";
import { TypeError, UnicodeDecodeError, UnicodeEncodeError } from "./exceptions.js";
import { NotImplemented } from "./notImplemented.js";
import { INT_KIND, intOf, numberKind } from "./numeric.js";
import { PySlice } from "./slice.js";
import { strGetItem, strLen, strSlice } from "./strIndex.js";
import { strCompare } from "./compare.js";
import { builtinType, setTypeObject } from "./types.js";

/** Unicode %-formatting, installed by unicodeMethods.ts (which imports percentFormat.ts). */
let percentHook: (format: string, values: unknown) => PyUnicode = () => {
  throw new TypeError("unicode formatting is not loaded");
};

export function setUnicodePercentFormat(hook: typeof percentHook): void {
  percentHook = hook;
}

export class PyUnicode {
  static readonly __name__ = "unicode";
  /** Marks the box for modules that must not import this one (truth.ts, hash.ts). */
  readonly isUnicode = true;

  constructor(readonly text: string) {}

  __repr__(): string {
    return unicodeRepr(this.text);
  }

  /** str(u): its ASCII encoding (UnicodeEncodeError for other characters). */
  __str__(): string {
    return asciiEncode(this.text);
  }

  __len__(): number {
    return strLen(this.text);
  }

  __bool__(): boolean {
    return this.text !== "";
  }

  __getitem__(key: unknown): PyUnicode {
    const text = withUnicodeText(() => (key instanceof PySlice ? strSlice(this.text, key.start, key.stop, key.step) : strGetItem(this.text, key)));
    return new PyUnicode(text);
  }

  *[Symbol.iterator](): IterableIterator<PyUnicode> {
    for (const ch of this.text) yield new PyUnicode(ch);
  }

  __contains__(item: unknown): boolean {
    const text = textOf(item);
    if (text === null) throw new TypeError(`'in <string>' requires string as left operand, not ${typeof item}`);
    return this.text.includes(text);
  }

  /** `'ab' in u'abc'` seen from the byte string's side. */
  containedIn(container: string): boolean {
    return asciiDecode(container).includes(this.text);
  }

  __add__(other: unknown): PyUnicode | typeof NotImplemented {
    const text = textOf(other);
    return text === null ? NotImplemented : new PyUnicode(this.text + text);
  }

  __radd__(other: unknown): PyUnicode | typeof NotImplemented {
    const text = textOf(other);
    return text === null ? NotImplemented : new PyUnicode(text + this.text);
  }

  __mul__(n: unknown): PyUnicode | typeof NotImplemented {
    if (numberKind(n) !== INT_KIND) return NotImplemented;
    const count = Number(intOf(n));
    return new PyUnicode(count > 0 ? this.text.repeat(count) : "");
  }

  __rmul__(n: unknown): PyUnicode | typeof NotImplemented {
    return this.__mul__(n);
  }

  /** u'%s' % x: unicode formatting (unicodeMethods.ts). */
  __mod__(values: unknown): PyUnicode {
    return percentHook(this.text, values);
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    const text = comparableText(other);
    return text === undefined ? NotImplemented : text === this.text;
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    const text = comparableText(other);
    return text === undefined ? NotImplemented : text !== this.text;
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return this._order(other, (c) => c < 0);
  }

  __le__(other: unknown): boolean | typeof NotImplemented {
    return this._order(other, (c) => c <= 0);
  }

  __gt__(other: unknown): boolean | typeof NotImplemented {
    return this._order(other, (c) => c > 0);
  }

  __ge__(other: unknown): boolean | typeof NotImplemented {
    return this._order(other, (c) => c >= 0);
  }

  private _order(other: unknown, test: (c: number) => boolean): boolean | typeof NotImplemented {
    const text = textOf(other);
    return text === null ? NotImplemented : test(strCompare(this.text, text));
  }
}

// type(u'x') is unicode.
setTypeObject(PyUnicode, () => builtinType("unicode"));

/** u'...': a Python 2 unicode literal. */
export function u(text: string): PyUnicode {
  return new PyUnicode(text);
}

/** '听音乐' in Python 2 source: the byte string of the literal's UTF-8 encoding. */
export function utf8(text: string): string {
  return utf8Encode(text);
}

export function isUnicode(v: unknown): v is PyUnicode {
  return v instanceof PyUnicode;
}

/** The text of a unicode value, or of a byte string decoded as ASCII; null for anything else. */
export function textOf(v: unknown): string | null {
  if (v instanceof PyUnicode) return v.text;
  if (typeof v === "string") return asciiDecode(v);
  return null;
}

// `u'中' == '\xe4\xb8\xad'`: CPython 2 warns and answers False when the str is not ASCII.
function comparableText(v: unknown): string | null | undefined {
  if (v instanceof PyUnicode) return v.text;
  if (typeof v === "string") return /^[\x00-\x7f]*$/.test(v) ? v : null;
  return undefined;
}

/** A text's UTF-8 bytes as a byte string. */
export function utf8Encode(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1");
}

/** A byte string decoded as UTF-8 (UnicodeDecodeError with CPython 2's 'utf8' codec name). */
export function utf8Decode(bytes: string): string {
  const data = Buffer.from(bytes, "latin1");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    const at = firstInvalidUtf8(data);
    throw new UnicodeDecodeError("utf8", bytes, at.start, at.start + 1, at.reason);
  }
}

function firstInvalidUtf8(data: Uint8Array): { start: number; reason: string } {
  for (let i = 0; i < data.length; ) {
    const b = data[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return { start: i, reason: "invalid start byte" };
    for (let k = 1; k <= need; k++) {
      if (i + k >= data.length) return { start: i, reason: "unexpected end of data" };
      if ((data[i + k]! & 0xc0) !== 0x80) return { start: i, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return { start: 0, reason: "invalid start byte" };
}

/** A byte string as text when it is ASCII; UnicodeDecodeError as CPython 2's implicit conversion raises it. */
export function asciiDecode(bytes: string): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes.charCodeAt(i) > 0x7f) throw new UnicodeDecodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)");
  }
  return bytes;
}

/** Text as an ASCII byte string (str(u'...')); UnicodeEncodeError for other characters. */
export function asciiEncode(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  // Positions count code points, as CPython's (UCS-4) do.
  const chars = Array.from(text);
  const start = chars.findIndex((ch) => ch.charCodeAt(0) > 0x7f);
  let end = start + 1;
  while (end < chars.length && chars[end]!.charCodeAt(0) > 0x7f) end++;
  throw unicodeEncodeError("ascii", text, start, end, "ordinal not in range(128)");
}

/**
 * UnicodeEncodeError(codec, text, start, end, reason) for text that did not
 * encode (positions in code points). Its object is the text: Python 2's a unicode value.
 */
export function unicodeEncodeError(codec: string, text: string, start: number, end: number, reason: string): UnicodeEncodeError {
  return new UnicodeEncodeError(codec, isPy2() ? new PyUnicode(text) : text, start, end, reason);
}

/** Python 2's repr of unicode: u'...', every character outside printable ASCII escaped. */
export function unicodeRepr(text: string): string {
  const q = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = "u" + q;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (cp === 9) out += "\\t";
    else if (cp === 10) out += "\\n";
    else if (cp === 13) out += "\\r";
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + q;
}

/** What printing writes for a value in Python 2: a unicode value's UTF-8 bytes, anything else its str(). */
export function printBytes(v: unknown, str: (v: unknown) => string): string {
  return v instanceof PyUnicode ? utf8Encode(v.text) : str(v);
}
