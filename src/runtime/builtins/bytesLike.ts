// Byte-level helpers for bytes and bytearray (bytes.ts ByteSequence): searching,
// comparing, joining, byte-value checks, fromhex and the repr of the contents.
// ByteSequence itself lives in bytes.ts: every module of the builtins reaches
// bytes.ts through an import cycle, so a base class defined anywhere else could be
// read before it is initialised when PyBytes extends it.

import { ByteSequence } from "./bytes.js";
import { TypeError, ValueError } from "./exceptions.js";
import { toIndex } from "./slice.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./types.js";

export const EMPTY = new Uint8Array(0);

/** The bytes of a bytes or bytearray operand; TypeError for anything else. */
export function bytesLikeData(value: unknown): Uint8Array {
  if (value instanceof ByteSequence) return value.data;
  throw new TypeError(`a bytes-like object is required, not '${typeName(value)}'`);
}

/** An int as a byte value: ValueError outside 0..255. */
export function checkedByte(n: number | bigint): number {
  if (typeof n === "bigint" || n < 0 || n > 255) throw new ValueError("byte must be in range(0, 256)");
  return n;
}

/** A value stored into a bytearray: an int (or __index__) in 0..255. */
export function byteOf(value: unknown): number {
  return checkedByte(toIndex(value, () => `'${typeName(value)}' object cannot be interpreted as an integer`));
}

/** The ints an iterator yields, each a byte (`bytearray(range(3))`). */
export function bytesOfIterator(it: Iterator<unknown>): Uint8Array {
  const values: number[] = [];
  for (let r = it.next(); !r.done; r = it.next()) values.push(byteOf(r.value));
  return Uint8Array.from(values);
}

/** find/count/index's argument: a bytes-like subsequence or a single byte value. */
export function searchedBytes(value: unknown): Uint8Array {
  if (value instanceof ByteSequence) return value.data;
  const n = toIndex(value, () => `argument should be integer or bytes-like object, not '${typeName(value)}'`);
  return Uint8Array.of(checkedByte(n));
}

/** startswith/endswith's argument: one bytes-like value or a tuple of them. */
export function affixes(value: unknown, method: string): Uint8Array[] {
  if (value instanceof ByteSequence) return [value.data];
  if (value instanceof PyTuple) return Array.from(value, (v) => bytesLikeData(v));
  throw new TypeError(`${method} first arg must be bytes or a tuple of bytes, not ${typeName(value)}`);
}

export function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

export function joinArrays(parts: readonly Uint8Array[], separator: Uint8Array): Uint8Array {
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

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = Math.max(0, from); i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** bytes.fromhex / bytearray.fromhex: pairs of hex digits, whitespace between them ignored. */
export function bytesFromHex(text: string): Uint8Array {
  const digits = text.replace(/\s+/g, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(digits)) throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${firstBadHex(text)}`);
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function firstBadHex(text: string): number {
  for (let i = 0; i < text.length; i++) if (!/[\s0-9a-fA-F]/.test(text[i]!)) return i;
  return text.length;
}

/**
 * The repr of bytes' contents: `b'abc'`, `b"it's"`, `b'\x00\xff'`. bytearray's
 * repr escapes every `'`, even inside double quotes (`bytearray(b"it\'s")`), as
 * CPython's bytearray_repr does.
 */
export function bytesLiteral(data: Uint8Array, escapeEverySingleQuote = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const b of data) {
    if (b === 0x5c) out += "\\\\";
    else if (b === quote.charCodeAt(0) || (b === 0x27 && escapeEverySingleQuote)) out += "\\" + String.fromCharCode(b);
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x09) out += "\\t";
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + b.toString(16).padStart(2, "0");
    else out += String.fromCharCode(b);
  }
  return out + quote;
}
