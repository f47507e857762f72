// Python 3 bytes: PyBytes, an immutable byte string over a Uint8Array (`data`);
// indexing and iteration give ints. (Not a Uint8Array subclass: Python's find and
// join would clash with the typed array's own methods.) Python 2 has no separate bytes type (`bytes is str`), so
// under Python 2 the `bytes` builtin returns a str and a b'' literal is a str.

import { isPy2 } from "./dialect.js";
import { LookupError, TypeError, ValueError } from "./exceptions.js";
import { bytesHashOf, hashToBigInt } from "./hash.js";
import { pyIterator } from "./iterProtocol.js";
import { PyList } from "./list.js";
import { NotImplemented } from "./notImplemented.js";
import { repeatCount } from "./sequence.js";
import { itemIndex, PySlice, sliceIndicesOf, toIndex } from "./slice.js";
import { decodeBytes } from "./codecs.js";
import { registerBuiltinType, typeName } from "./types.js";

export class PyBytes {
  readonly data: Uint8Array;

  /** `length` zero bytes, or a copy of `source`. */
  constructor(source: number | ArrayLike<number> = 0) {
    this.data = typeof source === "number" ? new Uint8Array(source) : Uint8Array.from(source);
  }

  /** Bytes from JS values 0..255 (no checks; runtime use). */
  static ofArray(items: ArrayLike<number>): PyBytes {
    return new PyBytes(items);
  }

  get length(): number {
    return this.data.length;
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this.data[Symbol.iterator]();
  }

  __iter__(): IterableIterator<number> {
    return this.data[Symbol.iterator]();
  }

  /** bytes.fromhex('61 62'). */
  static fromhex(text: string): PyBytes {
    const digits = text.replace(/\s+/g, "");
    if (!/^([0-9a-fA-F]{2})*$/.test(digits)) throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${firstBadHex(text)}`);
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
    return new PyBytes(out);
  }

  __len__(): number {
    return this.length;
  }

  __getitem__(key: unknown): number | PyBytes {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndicesOf(key, this.length);
      const out = new Uint8Array(count);
      for (let i = 0, j = start; i < count; i++, j += step) out[i] = this.data[j]!;
      return new PyBytes(out);
    }
    return this.data[itemIndex(key, this.length, "byte", "index out of range")]!;
  }

  /** `98 in b` (a byte value) or `b'bc' in b` (a subsequence). */
  __contains__(value: unknown): boolean {
    if (value instanceof PyBytes) return indexOfBytes(this.data, value.data, 0) >= 0;
    const n = toIndex(value, () => `a bytes-like object is required, not '${typeName(value)}'`);
    if (typeof n === "bigint" || n < 0 || n > 255) throw new ValueError("byte must be in range(0, 256)");
    return this.data.includes(n);
  }

  __add__(other: unknown): PyBytes | typeof NotImplemented {
    if (!(other instanceof PyBytes)) throw new TypeError(`can't concat ${typeName(other)} to bytes`);
    const out = new Uint8Array(this.length + other.length);
    out.set(this.data);
    out.set(other.data, this.length);
    return new PyBytes(out);
  }

  __mul__(n: unknown): PyBytes {
    const count = repeatCount(n);
    const out = new Uint8Array(this.length * count);
    for (let r = 0; r < count; r++) out.set(this.data, r * this.length);
    return new PyBytes(out);
  }

  __rmul__(n: unknown): PyBytes {
    return this.__mul__(n);
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyBytes ? compareBytes(this.data, other.data) === 0 : NotImplemented;
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyBytes ? compareBytes(this.data, other.data) !== 0 : NotImplemented;
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyBytes ? compareBytes(this.data, other.data) < 0 : NotImplemented;
  }

  __le__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyBytes ? compareBytes(this.data, other.data) <= 0 : NotImplemented;
  }

  __gt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyBytes ? compareBytes(this.data, other.data) > 0 : NotImplemented;
  }

  __ge__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyBytes ? compareBytes(this.data, other.data) >= 0 : NotImplemented;
  }

  __hash__(): number | bigint {
    const h = hashToBigInt(bytesHashOf(this.data));
    return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
  }

  /** `b'abc'`, `b"it's"`, `b'\x00\xff'`. */
  __repr__(): string {
    let hasSingle = false;
    let hasDouble = false;
    for (const b of this.data) {
      if (b === 0x27) hasSingle = true;
      else if (b === 0x22) hasDouble = true;
    }
    const quote = hasSingle && !hasDouble ? '"' : "'";
    let out = "b" + quote;
    for (const b of this.data) {
      if (b === 0x5c) out += "\\\\";
      else if (b === quote.charCodeAt(0)) out += "\\" + quote;
      else if (b === 0x0a) out += "\\n";
      else if (b === 0x0d) out += "\\r";
      else if (b === 0x09) out += "\\t";
      else if (b < 0x20 || b >= 0x7f) out += "\\x" + b.toString(16).padStart(2, "0");
      else out += String.fromCharCode(b);
    }
    return out + quote;
  }

  __str__(): string {
    return this.__repr__();
  }

  toString(): string {
    return this.__repr__();
  }

  decode(encoding: string = "utf-8", errors: string = "strict"): string {
    return decodeBytes(this.data, encoding, errors);
  }

  hex(): string {
    let out = "";
    for (const b of this.data) out += b.toString(16).padStart(2, "0");
    return out;
  }

  startswith(prefix: unknown): boolean {
    const p = asBytes(prefix);
    return p.length <= this.length && compareBytes(this.data.subarray(0, p.length), p) === 0;
  }

  endswith(suffix: unknown): boolean {
    const s = asBytes(suffix);
    return s.length <= this.length && compareBytes(this.data.subarray(this.length - s.length), s) === 0;
  }

  find(sub: unknown, start: number = 0): number {
    return indexOfBytes(this.data, asBytes(sub), start);
  }

  index(sub: unknown, start: number = 0): number {
    const i = this.find(sub, start);
    if (i < 0) throw new ValueError("subsection not found");
    return i;
  }

  count(sub: unknown): number {
    const s = asBytes(sub);
    if (s.length === 0) return this.length + 1;
    let n = 0;
    for (let i = indexOfBytes(this.data, s, 0); i >= 0; i = indexOfBytes(this.data, s, i + s.length)) n++;
    return n;
  }

  join(items: unknown): PyBytes {
    const parts: Uint8Array[] = [];
    PyList.fromIterable(items).forEach((p, i) => {
      if (!(p instanceof PyBytes)) throw new TypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(p)} found`);
      parts.push(p.data);
    });
    return new PyBytes(joinArrays(parts, this.data));
  }

  /** split(sep=None): on runs of ASCII whitespace, or on each `sep`. */
  split(sep: unknown = null): PyList<PyBytes> {
    const out = new PyList<PyBytes>();
    if (sep === null || sep === undefined) {
      let i = 0;
      const d = this.data;
      while (i < d.length) {
        while (i < d.length && isSpace(d[i]!)) i++;
        const start = i;
        while (i < d.length && !isSpace(d[i]!)) i++;
        if (i > start) out.push(new PyBytes(d.subarray(start, i)));
      }
      return out;
    }
    const s = asBytes(sep);
    if (s.length === 0) throw new ValueError("empty separator");
    let start = 0;
    for (let i = indexOfBytes(this.data, s, 0); i >= 0; i = indexOfBytes(this.data, s, start)) {
      out.push(new PyBytes(this.data.subarray(start, i)));
      start = i + s.length;
    }
    out.push(new PyBytes(this.data.subarray(start)));
    return out;
  }

  strip(): PyBytes {
    const d = this.data;
    let a = 0;
    let b = d.length;
    while (a < b && isSpace(d[a]!)) a++;
    while (b > a && isSpace(d[b - 1]!)) b--;
    return new PyBytes(d.subarray(a, b));
  }

  replace(old: unknown, replacement: unknown, count: number = -1): PyBytes {
    const o = asBytes(old);
    const r = asBytes(replacement);
    const pieces: Uint8Array[] = [];
    let start = 0;
    let done = 0;
    if (o.length > 0) {
      for (let i = indexOfBytes(this.data, o, 0); i >= 0 && (count < 0 || done < count); i = indexOfBytes(this.data, o, start)) {
        pieces.push(this.data.subarray(start, i), r);
        start = i + o.length;
        done++;
      }
    }
    pieces.push(this.data.subarray(start));
    return new PyBytes(joinArrays(pieces, new Uint8Array(0)));
  }

  upper(): PyBytes {
    return new PyBytes(this.data.map((b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b)));
  }

  lower(): PyBytes {
    return new PyBytes(this.data.map((b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b)));
  }
}

function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function joinArrays(parts: Uint8Array[], separator: Uint8Array): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * separator.length;
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(separator, at);
      at += separator.length;
    }
    out.set(p, at);
    at += p.length;
  });
  return out;
}

function asBytes(value: unknown): Uint8Array {
  if (value instanceof PyBytes) return value.data;
  throw new TypeError(`a bytes-like object is required, not '${typeName(value)}'`);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = Math.max(0, from); i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function firstBadHex(text: string): number {
  for (let i = 0; i < text.length; i++) if (!/[\s0-9a-fA-F]/.test(text[i]!)) return i;
  return text.length;
}

const utf8 = new TextEncoder();

/** Encodes a str for bytes(s, encoding) (utf-8, ascii, latin-1). */
function encodeString(s: string, encoding: string): Uint8Array {
  const name = encoding.toLowerCase().replace(/_/g, "-");
  if (name === "utf-8" || name === "utf8") return utf8.encode(s);
  if (name === "latin-1" || name === "latin1" || name === "iso-8859-1" || name === "ascii") {
    const limit = name === "ascii" ? 0x80 : 0x100;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= limit) {
        const codec = name === "ascii" ? "ascii" : "latin-1";
        throw new ValueError(`'${codec}' codec can't encode character '\\x${c.toString(16)}' in position ${i}: ordinal not in range(${limit})`);
      }
      out[i] = c;
    }
    return out;
  }
  throw new LookupError(`unknown encoding: ${encoding}`);
}

/**
 * bytes(source, encoding): from an int (zero bytes), an iterable of ints, a
 * bytes object or a str with its encoding. Python 2's bytes is str.
 */
export function bytes(source?: unknown, encoding?: string, _errors?: string): PyBytes | string {
  if (isPy2()) return source === undefined ? "" : typeof source === "string" ? source : String(source);
  if (source === undefined) return new PyBytes(0);
  if (typeof source === "string") {
    if (encoding === undefined) throw new TypeError("string argument without an encoding");
    return PyBytes.ofArray(encodeString(source, encoding));
  }
  if (encoding !== undefined) throw new TypeError("encoding without a string argument");
  if (source instanceof PyBytes) return new PyBytes(source.data);
  if (typeof source === "number" || typeof source === "bigint" || typeof source === "boolean") {
    const n = toIndex(source, () => "");
    if (n < 0) throw new ValueError("negative count");
    return new PyBytes(Number(n));
  }
  const values: number[] = [];
  const it = pyIterator(source);
  for (let r = it.next(); !r.done; r = it.next()) {
    const v = toIndex(r.value, () => `'${typeName(r.value)}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw new ValueError("bytes must be in range(0, 256)");
    values.push(Number(v));
  }
  return PyBytes.ofArray(values);
}
registerBuiltinType(bytes, { name: "bytes", check: (v) => (isPy2() ? typeof v === "string" : v instanceof PyBytes), runtimeClass: PyBytes });
