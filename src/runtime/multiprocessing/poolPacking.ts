// A faster wire form for map's chunks when every item is a small int (all
// Int32) or every item is a non-integral float (all Float64): the numbers travel
// as a typed array instead of one codec value each. Ints and floats stay apart
// (Python's 2 and 2.0 differ: an integral float is a PyFloat box, never packed),
// so the receiving side rebuilds exactly the values the codec would give.
//
//   body = [u8 packing][u32 count][u32 codec length][codec bytes][pad][numbers]
//
// The numbers start at an offset aligned for their type within the message
// payload (whose buffer the reader allocates, so its byte offset is 0).

import { decode, encode } from "../internal/codec.js";
import { kFrameHeader } from "./poolChannel.js";

export const enum Packing {
  Int32 = 1,
  Float64 = 2,
}

/** The packing every item allows, or null when the codec must carry them. */
export function packingOf(items: ArrayLike<unknown>): Packing | null {
  if (items.length === 0) return null;
  const first = items[0];
  if (typeof first !== "number") return null;
  if ((first | 0) === first && !Object.is(first, -0)) {
    for (let i = 1; i < items.length; i++) {
      const v = items[i];
      if (typeof v !== "number" || (v | 0) !== v || Object.is(v, -0)) return null;
    }
    return Packing.Int32;
  }
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (typeof v !== "number" || Number.isInteger(v)) return null;
  }
  return Packing.Float64;
}

/** Encodes `prefix` (a codec value, e.g. the function) followed by the packed numbers. */
export function pack(packing: Packing, prefix: unknown, items: ArrayLike<number>): Uint8Array {
  const head = encode(prefix, "message").bytes;
  const width = packing === Packing.Int32 ? 4 : 8;
  // The payload starts kFrameHeader - 4 bytes before the body.
  const unaligned = kFrameHeader - 4 + 9 + head.length;
  const offset = 9 + head.length + ((width - (unaligned % width)) % width);
  const body = new Uint8Array(offset + items.length * width);
  const view = new DataView(body.buffer);
  view.setUint8(0, packing);
  view.setUint32(1, items.length, true);
  view.setUint32(5, head.length, true);
  body.set(head, 9);
  // Aligned for the reader's payload, not within this buffer: fill, then copy the bytes in.
  const numbers = packing === Packing.Int32 ? new Int32Array(items.length) : new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) numbers[i] = items[i]!;
  body.set(new Uint8Array(numbers.buffer), offset);
  return body;
}

/** True when a body is packed (a codec encoding starts with its magic byte instead). */
export function isPacked(body: Uint8Array): boolean {
  return body.length > 0 && (body[0] === Packing.Int32 || body[0] === Packing.Float64);
}

/**
 * The prefix value and the numbers of a packed body: a view of it when aligned and
 * private, else a copy (a body seen in place in the shared ring is freed after use).
 */
export function unpack(body: Uint8Array): { prefix: unknown; numbers: Int32Array | Float64Array } {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const packing = view.getUint8(0) as Packing;
  const count = view.getUint32(1, true);
  const headLength = view.getUint32(5, true);
  const prefix = decode(body.subarray(9, 9 + headLength), []);
  const width = packing === Packing.Int32 ? 4 : 8;
  const start = body.length - count * width;
  const at = body.byteOffset + start;
  const bytes = at % width === 0 && !(body.buffer instanceof SharedArrayBuffer) ? body : body.slice(start);
  const offset = bytes === body ? at : 0;
  const numbers = packing === Packing.Int32 ? new Int32Array(bytes.buffer, offset, count) : new Float64Array(bytes.buffer, offset, count);
  return { prefix, numbers };
}
