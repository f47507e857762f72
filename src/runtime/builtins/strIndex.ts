// TEMPORARY stand-in written on branch values-obj with the API of values-num's
// strIndex.ts (which replaces it): str length, indexing and slicing by code point.

import { IndexError, TypeError } from "./exceptions.js";
import { sliceIndicesOf, PySlice } from "./slice.js";
import { isPy2 } from "./dialect.js";
import { typeName } from "./types.js";

export function strLen(s: string): number {
  return /[\ud800-\udfff]/.test(s) ? Array.from(s).length : s.length;
}

export function strGetItem(s: string, i: unknown): string {
  const chars = Array.from(s);
  if (typeof i !== "number" && typeof i !== "boolean") {
    throw new TypeError(isPy2() ? `string indices must be integers, not ${typeName(i)}` : `string indices must be integers, not '${typeName(i)}'`);
  }
  let index = Number(i);
  if (index < 0) index += chars.length;
  if (index < 0 || index >= chars.length) throw new IndexError("string index out of range");
  return chars[index]!;
}

export function strSlice(s: string, start: unknown, stop: unknown, step: unknown): string {
  const chars = Array.from(s);
  const [first, , stride, count] = sliceIndicesOf(new PySlice(start ?? null, stop ?? null, step ?? null), chars.length);
  let out = "";
  for (let i = 0, j = first; i < count; i++, j += stride) out += chars[j];
  return out;
}
