// Python 3 bytes: PyBytes, an immutable byte string over a Uint8Array (`data`);
// indexing and iteration give ints, and its methods are ByteSequence's, shared with
// bytearray. (Not a Uint8Array subclass: Python's find and join would clash with
// the typed array's own methods.) Python 2 has no separate bytes type (`bytes is
// str`), so under Python 2 the `bytes` builtin returns a str and a b'' literal is a str.

import {
  affixes,
  bytesFromHex,
  bytesLikeData,
  bytesLiteral,
  checkedByte,
  compareBytes,
  EMPTY,
  indexOfBytes,
  isSpace,
  joinArrays,
  searchedBytes,
} from "./bytesLike.js";
import { decodeBytes } from "./codecs.js";
import { isPy2 } from "./dialect.js";
import { TypeError, ValueError } from "./exceptions.js";
import { bytesHashOf, hashToBigInt } from "./hash.js";
import { pyIterator } from "./iterProtocol.js";
import { PyList } from "./list.js";
import { NotImplemented } from "./notImplemented.js";
import { repeatCount } from "./sequence.js";
import { checkNoEncoding, encodeForConstructor } from "./strEncode.js";
import { itemIndex, PySlice, sliceIndicesOf, toIndex } from "./slice.js";
import { registerBuiltinType, typeName } from "./types.js";

/**
 * What bytes and bytearray share (CPython's bytes_methods.c): indexing and slicing,
 * search, comparison and the methods that build a new sequence. A method that
 * builds one returns the type it was called on (`bytearray.upper()` is a
 * bytearray); an operand may be either type (`b'a' + bytearray(b'b')`). Messages
 * are CPython 3.11's.
 */
export abstract class ByteSequence {
  /** The bytes; for a bytearray, a view that a resize replaces. */
  abstract readonly data: Uint8Array;

  /** A new sequence of this type that takes ownership of `data`. */
  protected abstract _make(data: Uint8Array): this;

  /** "byte" or "bytearray", as in "byte indices must be integers or slices". */
  protected abstract readonly _indexKind: string;

  /** "index out of range" or "bytearray index out of range". */
  protected abstract readonly _indexError: string;

  get length(): number {
    return this.data.length;
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this.data[Symbol.iterator]();
  }

  __iter__(): IterableIterator<number> {
    return this.data[Symbol.iterator]();
  }

  __len__(): number {
    return this.length;
  }

  __getitem__(key: unknown): number | this {
    const data = this.data;
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndicesOf(key, data.length);
      const out = new Uint8Array(count);
      for (let i = 0, j = start; i < count; i++, j += step) out[i] = data[j]!;
      return this._make(out);
    }
    return data[itemIndex(key, data.length, this._indexKind, this._indexError)]!;
  }

  /** `98 in b` (a byte value) or `b'bc' in b` (a subsequence). */
  __contains__(value: unknown): boolean {
    if (value instanceof ByteSequence) return indexOfBytes(this.data, value.data, 0) >= 0;
    const n = toIndex(value, () => `a bytes-like object is required, not '${typeName(value)}'`);
    return this.data.includes(checkedByte(n));
  }

  __add__(other: unknown): this | typeof NotImplemented {
    if (!(other instanceof ByteSequence)) throw new TypeError(`can't concat ${typeName(other)} to ${typeName(this)}`);
    return this._make(joinArrays([this.data, other.data], EMPTY));
  }

  __mul__(n: unknown): this {
    const count = repeatCount(n);
    const data = this.data;
    const out = new Uint8Array(data.length * count);
    for (let r = 0; r < count; r++) out.set(data, r * data.length);
    return this._make(out);
  }

  __rmul__(n: unknown): this {
    return this.__mul__(n);
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof ByteSequence ? compareBytes(this.data, other.data) === 0 : NotImplemented;
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof ByteSequence ? compareBytes(this.data, other.data) !== 0 : NotImplemented;
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof ByteSequence ? compareBytes(this.data, other.data) < 0 : NotImplemented;
  }

  __le__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof ByteSequence ? compareBytes(this.data, other.data) <= 0 : NotImplemented;
  }

  __gt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof ByteSequence ? compareBytes(this.data, other.data) > 0 : NotImplemented;
  }

  __ge__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof ByteSequence ? compareBytes(this.data, other.data) >= 0 : NotImplemented;
  }

  abstract __repr__(): string;

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
    return affixes(prefix, "startswith").some((p) => p.length <= this.length && compareBytes(this.data.subarray(0, p.length), p) === 0);
  }

  endswith(suffix: unknown): boolean {
    return affixes(suffix, "endswith").some((s) => s.length <= this.length && compareBytes(this.data.subarray(this.length - s.length), s) === 0);
  }

  find(sub: unknown, start: number = 0): number {
    return indexOfBytes(this.data, searchedBytes(sub), start);
  }

  index(sub: unknown, start: number = 0): number {
    const i = this.find(sub, start);
    if (i < 0) throw new ValueError("subsection not found");
    return i;
  }

  count(sub: unknown): number {
    const s = searchedBytes(sub);
    if (s.length === 0) return this.length + 1;
    let n = 0;
    for (let i = indexOfBytes(this.data, s, 0); i >= 0; i = indexOfBytes(this.data, s, i + s.length)) n++;
    return n;
  }

  join(items: unknown): this {
    const parts: Uint8Array[] = [];
    PyList.fromIterable(items).forEach((p, i) => {
      if (!(p instanceof ByteSequence)) throw new TypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(p)} found`);
      parts.push(p.data);
    });
    return this._make(joinArrays(parts, this.data));
  }

  /** split(sep=None): on runs of ASCII whitespace, or on each `sep`. */
  split(sep: unknown = null): PyList<this> {
    const out = new PyList<this>();
    const d = this.data;
    if (sep === null || sep === undefined) {
      let i = 0;
      while (i < d.length) {
        while (i < d.length && isSpace(d[i]!)) i++;
        const start = i;
        while (i < d.length && !isSpace(d[i]!)) i++;
        if (i > start) out.push(this._make(d.slice(start, i)));
      }
      return out;
    }
    const s = bytesLikeData(sep);
    if (s.length === 0) throw new ValueError("empty separator");
    let start = 0;
    for (let i = indexOfBytes(d, s, 0); i >= 0; i = indexOfBytes(d, s, start)) {
      out.push(this._make(d.slice(start, i)));
      start = i + s.length;
    }
    out.push(this._make(d.slice(start)));
    return out;
  }

  /** strip(chars=None): without leading and trailing ASCII whitespace, or bytes in `chars`. */
  strip(chars: unknown = null): this {
    const strippable = chars === null || chars === undefined ? isSpace : (b: number) => bytesLikeData(chars).includes(b);
    const d = this.data;
    let a = 0;
    let b = d.length;
    while (a < b && strippable(d[a]!)) a++;
    while (b > a && strippable(d[b - 1]!)) b--;
    return this._make(d.slice(a, b));
  }

  replace(old: unknown, replacement: unknown, count: number = -1): this {
    const o = bytesLikeData(old);
    const r = bytesLikeData(replacement);
    const d = this.data;
    const pieces: Uint8Array[] = [];
    let start = 0;
    let done = 0;
    if (o.length > 0) {
      for (let i = indexOfBytes(d, o, 0); i >= 0 && (count < 0 || done < count); i = indexOfBytes(d, o, start)) {
        pieces.push(d.subarray(start, i), r);
        start = i + o.length;
        done++;
      }
    }
    pieces.push(d.subarray(start));
    return this._make(joinArrays(pieces, EMPTY));
  }

  upper(): this {
    return this._make(this.data.map((b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b)));
  }

  lower(): this {
    return this._make(this.data.map((b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b)));
  }
}

export class PyBytes extends ByteSequence {
  readonly data: Uint8Array;

  /** `length` zero bytes, or a copy of `source`. */
  constructor(source: number | ArrayLike<number> = 0) {
    super();
    this.data = typeof source === "number" ? new Uint8Array(source) : Uint8Array.from(source);
  }

  /** Bytes from JS values 0..255 (no checks; runtime use). */
  static ofArray(items: ArrayLike<number>): PyBytes {
    return new PyBytes(items);
  }

  /** Bytes that own `data` from now on (no copy: the caller must not change it). */
  static adopt(data: Uint8Array): PyBytes {
    const bytes = new PyBytes(0);
    (bytes as { data: Uint8Array }).data = data;
    return bytes;
  }

  protected _make(data: Uint8Array): this {
    return PyBytes.adopt(data) as this;
  }

  // Getters, not fields: nothing per instance.
  protected get _indexKind(): string {
    return "byte";
  }

  protected get _indexError(): string {
    return "index out of range";
  }

  /** bytes.fromhex('61 62'). */
  static fromhex(text: string): PyBytes {
    return PyBytes.adopt(bytesFromHex(text));
  }

  __hash__(): number | bigint {
    const h = hashToBigInt(bytesHashOf(this.data));
    return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
  }

  /** `b'abc'`, `b"it's"`, `b'\x00\xff'`. */
  __repr__(): string {
    return bytesLiteral(this.data);
  }
}

/**
 * bytes(source, encoding): from an int (zero bytes), an iterable of ints, a
 * bytes object or a str with its encoding. Python 2's bytes is str.
 */
export function bytes(source?: unknown, encoding?: unknown, errors?: unknown): PyBytes | string {
  if (isPy2()) return source === undefined ? "" : typeof source === "string" ? source : String(source);
  if (typeof source === "string") return encodeForConstructor("bytes", source, encoding, errors);
  checkNoEncoding(encoding, errors);
  if (source === undefined) return new PyBytes(0);
  if (source instanceof ByteSequence) return new PyBytes(source.data);
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
