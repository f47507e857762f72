// Byte-level writer and reader for the codec: little-endian numbers, LEB128
// lengths, length-prefixed strings and bigints. The reader checks every length
// against the bytes that remain, so corrupt input fails instead of allocating.

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

export class ByteWriter {
  private _bytes = new Uint8Array(256);
  private _view = new DataView(this._bytes.buffer);
  private _length = 0;

  private _reserve(n: number): void {
    if (this._length + n <= this._bytes.length) return;
    let size = this._bytes.length * 2;
    while (size < this._length + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this._bytes.subarray(0, this._length));
    this._bytes = bigger;
    this._view = new DataView(bigger.buffer);
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
    this._reserve(data.length);
    this._bytes.set(data, this._length);
    this._length += data.length;
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

  /** Starts over, keeping the allocated buffer (a writer reused for many messages). */
  reset(): void {
    this._length = 0;
  }
}

export class ByteReader {
  private readonly _view: DataView;
  private _offset = 0;

  constructor(
    private readonly _bytes: Uint8Array,
    private readonly _error: (message: string) => Error,
  ) {
    this._view = new DataView(_bytes.buffer, _bytes.byteOffset, _bytes.byteLength);
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

  u8(): number {
    return this._bytes[this._need(1)]!;
  }

  i32(): number {
    return this._view.getInt32(this._need(4), true);
  }

  f64(): number {
    return this._view.getFloat64(this._need(8), true);
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
    return this._bytes.slice(at, at + length);
  }

  utf8(): string {
    const length = this.varint();
    const at = this._need(length);
    try {
      return utf8Decoder.decode(this._bytes.subarray(at, at + length));
    } catch {
      throw this._error("invalid UTF-8");
    }
  }

  utf16(): string {
    const length = this.varint();
    const at = this._need(length * 2);
    let s = "";
    for (let i = 0; i < length; i++) s += String.fromCharCode(this._view.getUint16(at + i * 2, true));
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
