// The bytes of a manager request and reply, written straight into a channel's
// shared buffer (transport.ts). Small ints, floats, strings, None and booleans,
// the arguments of nearly every call (`d[k] = v`, `l.append(x)`), are written
// inline; any other value goes through the codec in message mode, as CPython's
// manager pickles them. Measured: the codec's generic path costs 1-2 µs per
// encode+decode of a small tuple, a third of the round trip we aim for.
//
//   request  u8 op, then per op (see Op); values as below
//   reply    u8 Reply kind, then one value (RETURN, ERROR) or a token (PROXY)
//   value    u8 tag: None | False | True | int32 | float64 | str (u32 length, UTF-8)
//            | default (an omitted optional argument) | codec (u32 length, bytes)

import { decodeMessageAt, encodeMessage } from "../../internal/codec.js";
import { CodecError } from "../../internal/codecRegistry.js";
import { kMgrChanHeaderBytes } from "../../internal/symbols.js";

/** The most a channel's buffer may grow to (reserved address space, not memory). */
export const kMaxChannelBytes = 1 << 30;

const enum ValueTag {
  None = 0,
  False = 1,
  True = 2,
  Int32 = 3,
  Float = 4,
  Str = 5,
  Default = 6,
  Codec = 7,
}

/** What a request asks the server. */
export const enum Op {
  /** varint object id, str method, values args, kwargs: a method of a shared object. */
  Call = 1,
  /** str function, values args, kwargs: a function of the server itself (create, shutdown, ...). */
  Server = 2,
}

/** What a reply carries (CPython's '#RETURN', '#ERROR', '#PROXY', '#TRACEBACK'). */
export const enum Reply {
  Return = 0,
  /** An exception raised by the method: the caller raises it. */
  Error = 1,
  /** A new shared object (method_to_typeid): str typeid, varint id, value exposed. */
  Proxy = 2,
  /** A failure of the server's own: str text, raised as RemoteError. */
  Traceback = 3,
}

const textEncoder = new TextEncoder();
/** Strings up to this many characters take the ASCII fast paths. */
const kShortString = 32;
const textDecoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Views of the buffer's current length, made again when it grows: V8 (Node 20)
 * reads and writes through a length-tracking view of a growable buffer about 4x
 * slower than through a fixed-length one (measured: 20 M byte accesses 700-900 ms
 * against 175-235 ms), and every request and reply goes through these views.
 */
function fixedBytes(buffer: SharedArrayBuffer): Uint8Array {
  return new Uint8Array(buffer, 0, buffer.byteLength);
}

function fixedView(buffer: SharedArrayBuffer): DataView {
  return new DataView(buffer, 0, buffer.byteLength);
}

/**
 * Writes a message after the channel header, growing the shared buffer as needed.
 * One per channel, reused: begin() starts each message.
 */
export class WireWriter {
  private _bytes: Uint8Array;
  private _view: DataView;
  private _pos = kMgrChanHeaderBytes;

  constructor(private readonly _buffer: SharedArrayBuffer) {
    this._bytes = fixedBytes(_buffer);
    this._view = fixedView(_buffer);
  }

  begin(): this {
    this._pos = kMgrChanHeaderBytes;
    // The other side may have grown the buffer since.
    if (this._buffer.byteLength !== this._bytes.length) this._refresh();
    return this;
  }

  private _refresh(): void {
    this._bytes = fixedBytes(this._buffer);
    this._view = fixedView(this._buffer);
  }

  /** Bytes written after the header. */
  get length(): number {
    return this._pos - kMgrChanHeaderBytes;
  }

  private _reserve(n: number): void {
    const needed = this._pos + n;
    if (needed <= this._bytes.length) return;
    let size = this._bytes.length * 2;
    while (size < needed) size *= 2;
    if (size > kMaxChannelBytes) size = kMaxChannelBytes;
    if (needed > size) throw new RangeError("a manager message larger than 1 GiB");
    this._buffer.grow(size);
    this._refresh();
  }

  u8(n: number): void {
    this._reserve(1);
    this._bytes[this._pos++] = n;
  }

  u32(n: number): void {
    this._reserve(4);
    this._view.setUint32(this._pos, n, true);
    this._pos += 4;
  }

  varint(n: number): void {
    while (n >= 0x80) {
      this.u8((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.u8(n);
  }

  str(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; the length goes in front once known.
    this._reserve(4 + s.length * 3);
    if (s.length <= kShortString && this._ascii(s)) return;
    const { written } = textEncoder.encodeInto(s, this._bytes.subarray(this._pos + 4, this._pos + 4 + s.length * 3));
    this._view.setUint32(this._pos, written, true);
    this._pos += 4 + written;
  }

  /**
   * A short ASCII string byte by byte (every call's object id and method name):
   * cheaper than encodeInto's call into the runtime. False, writing nothing, when
   * the string has a non-ASCII character.
   */
  private _ascii(s: string): boolean {
    const bytes = this._bytes;
    const start = this._pos + 4;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return false;
      bytes[start + i] = c;
    }
    this._view.setUint32(this._pos, s.length, true);
    this._pos = start + s.length;
    return true;
  }

  value(v: unknown): void {
    switch (typeof v) {
      case "undefined":
        return this.u8(ValueTag.Default);
      case "boolean":
        return this.u8(v ? ValueTag.True : ValueTag.False);
      case "number":
        if ((v | 0) === v && !Object.is(v, -0)) {
          this._reserve(5);
          this._bytes[this._pos] = ValueTag.Int32;
          this._view.setInt32(this._pos + 1, v, true);
          this._pos += 5;
          return;
        }
        if (!Number.isInteger(v) && !Object.is(v, -0)) {
          this._reserve(9);
          this._bytes[this._pos] = ValueTag.Float;
          this._view.setFloat64(this._pos + 1, v, true);
          this._pos += 9;
          return;
        }
        break;
      case "string":
        // Lone surrogates (Python allows them) do not survive UTF-8: the codec keeps UTF-16.
        if (v.isWellFormed()) {
          this.u8(ValueTag.Str);
          return this.str(v);
        }
        break;
      case "object":
        if (v === null) return this.u8(ValueTag.None);
        break;
    }
    this.codec(v);
  }

  /** A value through the codec (message mode: proxies travel, locks are refused as by pickle). */
  codec(v: unknown): void {
    const bytes = encodeMessage(v);
    this.u8(ValueTag.Codec);
    this.u32(bytes.length);
    this._reserve(bytes.length);
    this._bytes.set(bytes, this._pos);
    this._pos += bytes.length;
  }

  values(items: ArrayLike<unknown>): void {
    this.varint(items.length);
    for (let i = 0; i < items.length; i++) this.value(items[i]);
  }

  /** Keyword arguments as name/value pairs (null: none). */
  kwargs(kwargs: Readonly<Record<string, unknown>> | null): void {
    if (kwargs === null) return this.varint(0);
    const keys = Object.keys(kwargs);
    this.varint(keys.length);
    for (const key of keys) {
      this.str(key);
      this.value(kwargs[key]);
    }
  }
}

/**
 * Reads a message written by WireWriter; one per channel, reused: begin() starts
 * each message. Corrupt input is a CodecError (a bug, never user data).
 */
export class WireReader {
  private _bytes: Uint8Array;
  private _view: DataView;
  private _pos = kMgrChanHeaderBytes;
  private _end = kMgrChanHeaderBytes;

  constructor(private readonly _buffer: SharedArrayBuffer) {
    this._bytes = fixedBytes(_buffer);
    this._view = fixedView(_buffer);
  }

  begin(length: number): this {
    this._pos = kMgrChanHeaderBytes;
    this._end = kMgrChanHeaderBytes + length;
    // The writer may have grown the buffer since.
    if (this._buffer.byteLength !== this._bytes.length) {
      this._bytes = fixedBytes(this._buffer);
      this._view = fixedView(this._buffer);
    }
    if (this._end > this._bytes.length) throw new CodecError("manager message longer than its buffer");
    return this;
  }

  private _need(n: number): number {
    if (this._pos + n > this._end) throw new CodecError("truncated manager message");
    const at = this._pos;
    this._pos += n;
    return at;
  }

  u8(): number {
    return this._bytes[this._need(1)]!;
  }

  u32(): number {
    return this._view.getUint32(this._need(4), true);
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      const byte = this.u8();
      result += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return result;
      scale *= 0x80;
      if (i >= 7) throw new CodecError("varint too long");
    }
  }

  str(): string {
    const length = this.u32();
    const at = this._need(length);
    if (length <= kShortString) {
      const short = shortAscii(this._bytes, at, length);
      if (short !== null) return short;
    }
    return textDecoder.decode(this._bytes.subarray(at, at + length));
  }

  value(): unknown {
    const tag = this.u8() as ValueTag;
    switch (tag) {
      case ValueTag.None:
        return null;
      case ValueTag.False:
        return false;
      case ValueTag.True:
        return true;
      case ValueTag.Int32:
        return this._view.getInt32(this._need(4), true);
      case ValueTag.Float:
        return this._view.getFloat64(this._need(8), true);
      case ValueTag.Str:
        return this.str();
      case ValueTag.Default:
        return undefined;
      case ValueTag.Codec: {
        const length = this.u32();
        const at = this._need(length);
        return decodeMessageAt(this._bytes, at, at + length);
      }
      default:
        throw new CodecError(`unknown manager value tag ${tag as number}`);
    }
  }

  values(): unknown[] {
    const count = this.varint();
    const items: unknown[] = [];
    for (let i = 0; i < count; i++) items.push(this.value());
    return items;
  }

  kwargs(): Record<string, unknown> | null {
    const count = this.varint();
    if (count === 0) return null;
    const kwargs: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const key = this.str();
      Object.defineProperty(kwargs, key, { value: this.value(), writable: true, enumerable: true, configurable: true });
    }
    return kwargs;
  }
}

/**
 * Short ASCII strings read so far, by a hash of their bytes: every call names an
 * object id and a method, the same few strings again and again, and finding one
 * here costs less than making it (measured: decoding was half the time of
 * encoding and decoding a request and its reply). Emptied when full.
 */
const shortStrings = new Map<number, string>();
const kShortStringsMax = 4096;

/** The string of `length` ASCII bytes at `at`, or null when one is not ASCII. */
function shortAscii(bytes: Uint8Array, at: number, length: number): string | null {
  let hash = 0x811c9dc5 ^ length;
  for (let i = at; i < at + length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return null;
    hash = Math.imul(hash ^ b, 0x01000193);
  }
  const known = shortStrings.get(hash);
  if (known !== undefined && known.length === length) {
    let same = true;
    for (let i = 0; i < length; i++) {
      if (known.charCodeAt(i) !== bytes[at + i]) {
        same = false;
        break;
      }
    }
    if (same) return known;
  }
  const made = String.fromCharCode.apply(null, bytes.subarray(at, at + length) as unknown as number[]);
  if (shortStrings.size >= kShortStringsMax) shortStrings.clear();
  shortStrings.set(hash, made);
  return made;
}
