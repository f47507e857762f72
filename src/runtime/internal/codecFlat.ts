// The codec's short way for the messages most scripts send: None, a bool, a small
// int, a float, a short ASCII str, or a tuple or list of fewer than 128 of those
// (`q.put((i, 'x', 1.5))`, `conn.send(n)`). Each direction is one function over
// the bytes, in exactly the format the general encoder and decoder use
// (codecEncoder.ts, codecDecoder.ts), so either side may take either way.
//
// Why: a process's first ~10,000 messages run before V8 has optimized the
// message path, and in the interpreter the general codec's ~20 calls per small
// message cost 1.5 us each way; TurboFan then spends several ms compiling each of
// the large functions that inline it, on the same two cores (docs/architecture.md,
// "Session 5").
//
// Anything else (or any input that is not exactly well formed) is left to the
// general codec: writeFlatMessage returns false, readFlatMessage kNotFlat, and
// the general decoder then rejects corrupt input with its CodecError.

import { PyFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { float64At, type ByteWriter } from "./codecBytes.js";
import { kMagic, kVersion, Tag } from "./codecFormat.js";

/** Items of a flat sequence, and ASCII characters of a str: below 128, so their count is one varint byte. */
const kMaxCount = 127;
/** The most bytes one flat item takes: a tag, a length byte, 127 ASCII characters. */
const kMaxItemBytes = 2 + kMaxCount;

export const kNotFlat: unique symbol = Symbol("not flat");

/**
 * Writes the whole message (magic, version, value) for a flat value into the
 * reset `writer` and returns true; returns false for any other value (the
 * writer's contents are then undefined: the caller resets it).
 */
export function writeFlatMessage(writer: ByteWriter, value: unknown): boolean {
  let count = 1;
  let sequenceTag = -1;
  if (Array.isArray(value)) {
    const cls = (value as { constructor?: unknown }).constructor;
    if (cls === PyTuple) sequenceTag = Tag.Tuple;
    else if (cls === PyList) sequenceTag = Tag.List;
    else return false;
    count = value.length;
    if (count > kMaxCount) return false;
  }
  const bytes = writer.room(4 + count * kMaxItemBytes);
  const view = writer.dataView;
  let at = writer.length;
  bytes[at++] = kMagic;
  bytes[at++] = kVersion;
  if (sequenceTag >= 0) {
    bytes[at++] = sequenceTag;
    bytes[at++] = count;
  }
  for (let i = 0; i < count; i++) {
    const item: unknown = sequenceTag >= 0 ? (value as unknown[])[i] : value;
    if (typeof item === "number") {
      if ((item | 0) === item && (item !== 0 || 1 / item > 0)) {
        bytes[at] = Tag.Int32;
        view.setInt32(at + 1, item, true);
        at += 5;
        continue;
      }
      // Integral numbers beyond int32 (ints, or floats beyond 2^53) and -0 take the long way.
      if (Number.isInteger(item) || item === 0) return false;
      bytes[at] = Tag.Float;
      view.setFloat64(at + 1, item, true);
      at += 9;
    } else if (typeof item === "string") {
      const length = item.length;
      if (length > kMaxCount) return false;
      bytes[at] = Tag.Str8;
      bytes[at + 1] = length;
      for (let k = 0; k < length; k++) {
        const c = item.charCodeAt(k);
        if (c >= 0x80) return false;
        bytes[at + 2 + k] = c;
      }
      at += 2 + length;
    } else if (item === null) {
      bytes[at++] = Tag.None;
    } else if (item === true || item === false) {
      bytes[at++] = item ? Tag.True : Tag.False;
    } else if (item instanceof PyFloat) {
      bytes[at] = Tag.IntegralFloat;
      view.setFloat64(at + 1, item.value, true);
      at += 9;
    } else {
      return false;
    }
  }
  writer.advance(at);
  return true;
}

/** The value of a flat message (as writeFlatMessage writes it), or kNotFlat for any other bytes. */
export function readFlatMessage(payload: Uint8Array): unknown {
  return readFlatMessageAt(payload, 0, payload.length);
}

/** readFlatMessage of bytes[start, end) (a record in a channel's ring, read in place). */
export function readFlatMessageAt(payload: Uint8Array, start: number, end: number): unknown {
  if (end - start < 3 || payload[start] !== kMagic || payload[start + 1] !== kVersion) return kNotFlat;
  let at = start + 2;
  let sequence: { [index: number]: unknown } | null = null;
  let count = 1;
  const tag = payload[at]!;
  if (tag === Tag.Tuple || tag === Tag.List) {
    if (end - start < 4) return kNotFlat;
    count = payload[at + 1]!;
    if (count > kMaxCount) return kNotFlat;
    sequence = tag === Tag.Tuple ? new PyTuple() : new PyList();
    at += 2;
  }
  let item: unknown = null;
  for (let i = 0; i < count; i++) {
    if (at >= end) return kNotFlat;
    switch (payload[at]) {
      case Tag.None:
        item = null;
        at += 1;
        break;
      case Tag.False:
        item = false;
        at += 1;
        break;
      case Tag.True:
        item = true;
        at += 1;
        break;
      case Tag.Int32:
        if (at + 5 > end) return kNotFlat;
        item = payload[at + 1]! | (payload[at + 2]! << 8) | (payload[at + 3]! << 16) | (payload[at + 4]! << 24);
        at += 5;
        break;
      case Tag.Float:
      case Tag.IntegralFloat: {
        if (at + 9 > end) return kNotFlat;
        const x = float64At(payload, at + 1);
        // An integral Float or a fractional IntegralFloat: the general decoder refuses it.
        if (payload[at] === Tag.Float) {
          if (Number.isInteger(x) && (x !== 0 || 1 / x > 0)) return kNotFlat;
          item = x;
        } else {
          if (!Number.isInteger(x)) return kNotFlat;
          item = new PyFloat(x);
        }
        at += 9;
        break;
      }
      case Tag.Str8: {
        if (at + 2 > end) return kNotFlat;
        const length = payload[at + 1]!;
        if (length > kMaxCount || at + 2 + length > end) return kNotFlat;
        let s = "";
        for (let k = 0; k < length; k++) {
          const c = payload[at + 2 + k]!;
          if (c >= 0x80) return kNotFlat;
          s += String.fromCharCode(c);
        }
        item = s;
        at += 2 + length;
        break;
      }
      default:
        return kNotFlat;
    }
    if (sequence !== null) sequence[i] = item;
  }
  if (at !== end) return kNotFlat;
  return sequence ?? item;
}
