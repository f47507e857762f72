// Byte-level writer and reader for the codec: little-endian numbers, LEB128
// lengths, length-prefixed strings and bigints. The reader checks every length
// against the bytes that remain, so corrupt input fails instead of allocating.

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

/** A large byte string left out of a writer's bytes: it belongs at offset `at` of them. */
export interface Splice {
  readonly at: number;
  readonly data: Uint8Array;
}

/** Byte strings this large are spliced (when the writer allows it) rather than copied in. */
export const kSpliceMin = 64 * 1024;

export class ByteWriter {
  private _bytes = new Uint8Array(256);
  private _view = new DataView(this._bytes.buffer);
  private _length = 0;
  /**
   * With `splicing` on, large byte strings are not copied into the buffer but
   * listed in `splices`, for a consumer that copies the pieces straight to their
   * destination (a channel record): a 10 MB bytes object is then copied once.
   */
  splicing = false;
  readonly splices: Splice[] = [];

  private _reserve(n: number): void {
    if (this._length + n <= this._bytes.length) return;
    let size = this._bytes.length * 2;
    while (size < this._length + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this._bytes.subarray(0, this._length));
    this._bytes = bigger;
    this._view = new DataView(bigger.buffer);
  }

  /**
   * For a caller that writes its own bytes (codecFlat.ts): makes room for `n`
   * more and returns the buffer, to be written from `length` on; `advance` then
   * says where the written bytes end.
   */
  room(n: number): Uint8Array {
    this._reserve(n);
    return this._bytes;
  }

  /** A view of the buffer `room` returned. */
  get dataView(): DataView {
    return this._view;
  }

  get length(): number {
    return this._length;
  }

  advance(to: number): void {
    this._length = to;
  }

  u8(n: number): void {
    this._reserve(1);
    this._bytes[this._length++] = n;
  }

  i32(n: number): void {
    this._reserve(4);
    this._view.setInt32(this._length, n, true);
    this._length += 4;
  }

  f64(x: number): void {
    this._reserve(8);
    this._view.setFloat64(this._length, x, true);
    this._length += 8;
  }

  /** An unsigned integer below 2^53, 7 bits per byte. */
  varint(n: number): void {
    while (n >= 0x80) {
      this.u8((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.u8(n);
  }

  bytes(data: Uint8Array): void {
    this.varint(data.length);
    if (this.splicing && data.length >= kSpliceMin) {
      this.splices.push({ at: this._length, data });
      return;
    }
    this._reserve(data.length);
    this._bytes.set(data, this._length);
    this._length += data.length;
  }

  /**
   * `tag`, then `s` as utf8() would write it, when `s` is short ASCII (no
   * well-formedness check or UTF-8 measuring needed); false, writing nothing, otherwise.
   */
  taggedAscii(tag: number, s: string): boolean {
    if (s.length >= 64) return false;
    this._reserve(s.length + 2);
    const bytes = this._bytes;
    const at = this._length + 2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return false;
      bytes[at + i] = c;
    }
    bytes[this._length] = tag;
    bytes[this._length + 1] = s.length;
    this._length = at + s.length;
    return true;
  }

  utf8(s: string): void {
    // Short ASCII strings (keys, names, most messages) are copied byte by byte:
    // measuring their UTF-8 length first costs more than the copy.
    if (s.length < 64) {
      this._reserve(s.length + 1);
      const bytes = this._bytes;
      const at = this._length + 1;
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        bytes[at + i] = c;
      }
      if (i === s.length) {
        bytes[this._length] = s.length;
        this._length = at + s.length;
        return;
      }
    }
    const length = Buffer.byteLength(s, "utf8");
    this.varint(length);
    this._reserve(length);
    utf8Encoder.encodeInto(s, this._bytes.subarray(this._length, this._length + length));
    this._length += length;
  }

  utf16(s: string): void {
    this.varint(s.length);
    this._reserve(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      this._view.setUint16(this._length, s.charCodeAt(i), true);
      this._length += 2;
    }
  }

  /** Sign byte, then the magnitude's bytes (little-endian), length-prefixed. */
  bigint(n: bigint): void {
    this.u8(n < 0n ? 1 : 0);
    let magnitude = n < 0n ? -n : n;
    const digits: number[] = [];
    while (magnitude > 0n) {
      digits.push(Number(magnitude & 0xffn));
      magnitude >>= 8n;
    }
    this.bytes(Uint8Array.from(digits));
  }

  finish(): Uint8Array {
    return this._bytes.slice(0, this._length);
  }

  /** The bytes written so far, without a copy: valid until the next write or reset. */
  view(): Uint8Array {
    return this._bytes.subarray(0, this._length);
  }

  /** Starts over for another value, keeping the allocated buffer (a writer reused for many messages) unless it grew large. */
  reset(): void {
    this._length = 0;
    if (this.splices.length > 0) this.splices.length = 0;
    if (this._bytes.length > 1 << 16) {
      this._bytes = new Uint8Array(256);
      this._view = new DataView(this._bytes.buffer);
    }
  }
}

/** The length of `bytes` with `splices` put in. */
export function splicedLength(bytes: Uint8Array, splices: readonly Splice[]): number {
  let length = bytes.length;
  for (const splice of splices) length += splice.data.length;
  return length;
}

/** Copies `bytes` with `splices` put in into `to` at `at`. */
export function copySpliced(to: Uint8Array, at: number, bytes: Uint8Array, splices: readonly Splice[]): void {
  let from = 0;
  for (const splice of splices) {
    copyInto(to, at, bytes.subarray(from, splice.at));
    at += splice.at - from;
    copyInto(to, at, splice.data);
    at += splice.data.length;
    from = splice.at;
  }
  copyInto(to, at, bytes.subarray(from));
}

/** From here on a copy goes through Buffer (memcpy); typed-array slice/set are slower from shared memory. */
const kBigCopy = 4096;

/** A copy of `length` bytes of `from` at `at`, in a new (unshared) array. */
export function copyOut(from: Uint8Array, at: number, length: number): Uint8Array {
  if (length < kBigCopy) return from.slice(at, at + length);
  const copy = new Uint8Array(length);
  Buffer.from(from.buffer, from.byteOffset + at, length).copy(copy);
  return copy;
}

/** Copies `from` into `to` at `at` (memcpy for large copies, as copyOut). */
export function copyInto(to: Uint8Array, at: number, from: Uint8Array): void {
  if (from.length < kBigCopy) {
    to.set(from, at);
    return;
  }
  Buffer.from(from.buffer, from.byteOffset, from.length).copy(Buffer.from(to.buffer, to.byteOffset, to.length), at);
}

/** Scratch for reading a float64 from any byte offset (no DataView per message). */
const f64Scratch = new Float64Array(1);
const f64Bytes = new Uint8Array(f64Scratch.buffer);

/** The little-endian float64 at `at` of `bytes` (which may be a view into a shared ring). */
export function float64At(bytes: Uint8Array, at: number): number {
  for (let i = 0; i < 8; i++) f64Bytes[i] = bytes[at + i]!;
  return f64Scratch[0]!;
}
/** Strings up to this long are decoded in JavaScript when they are ASCII: TextDecoder's call costs more. */
const kShortString = 24;

export class ByteReader {
  private _bytes: Uint8Array;
  private _offset = 0;

  constructor(
    bytes: Uint8Array,
    private readonly _error: (message: string) => Error,
  ) {
    this._bytes = bytes;
  }

  /** Starts reading other bytes (a reader reused for many messages). */
  reset(bytes: Uint8Array): void {
    this._bytes = bytes;
    this._offset = 0;
  }

  atEnd(): boolean {
    return this._offset === this._bytes.length;
  }

  private _need(n: number): number {
    if (n > this._bytes.length - this._offset) throw this._error("unexpected end of input");
    const at = this._offset;
    this._offset += n;
    return at;
  }

  /** The next byte, left to be read. */
  peekU8(): number {
    if (this._offset >= this._bytes.length) throw this._error("unexpected end of input");
    return this._bytes[this._offset]!;
  }

  u8(): number {
    return this._bytes[this._need(1)]!;
  }

  i32(): number {
    const at = this._need(4);
    const b = this._bytes;
    return b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);
  }

  f64(): number {
    return float64At(this._bytes, this._need(8));
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      const byte = this.u8();
      result += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) break;
      scale *= 0x80;
      if (i >= 7) throw this._error("varint too long");
    }
    if (!Number.isSafeInteger(result)) throw this._error("varint too large");
    return result;
  }

  bytes(): Uint8Array {
    const length = this.varint();
    const at = this._need(length);
    return copyOut(this._bytes, at, length);
  }

  utf8(): string {
    const length = this.varint();
    const at = this._need(length);
    const b = this._bytes;
    if (length <= kShortString) {
      let s = "";
      let i = 0;
      for (; i < length; i++) {
        const c = b[at + i]!;
        if (c >= 0x80) break;
        s += String.fromCharCode(c);
      }
      if (i === length) return s;
    }
    try {
      return utf8Decoder.decode(b.subarray(at, at + length));
    } catch {
      throw this._error("invalid UTF-8");
    }
  }

  utf16(): string {
    const length = this.varint();
    const at = this._need(length * 2);
    const b = this._bytes;
    let s = "";
    for (let i = 0; i < length; i++) s += String.fromCharCode(b[at + 2 * i]! | (b[at + 2 * i + 1]! << 8));
    return s;
  }

  bigint(): bigint {
    const negative = this.u8();
    if (negative > 1) throw this._error("bad bigint sign");
    const digits = this.bytes();
    if (digits.length > 0 && digits[digits.length - 1] === 0) throw this._error("bigint not minimal");
    let n = 0n;
    for (let i = digits.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(digits[i]!);
    return negative ? -n : n;
  }
}
