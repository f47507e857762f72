// Behaviour list and tuple share (CPython listobject.c/tupleobject.c agree on it):
// rich comparison, index/count/contains with identity-then-== equality, slicing,
// repetition counts and element reprs.

import { isPy2 } from "./dialect.js";
import { OverflowError, TypeError } from "./exceptions.js";
import { keysEqual } from "./hash.js";
import { ge, gt, le, lt } from "./compare.js";
import { repr } from "./repr.js";
import { PySlice, sliceIndicesOf, toIndex } from "./slice.js";
import { typeName } from "./types.js";

export type CompareOp = "lt" | "le" | "gt" | "ge";

/** What slicing and repetition append to (a PyList or PyTuple; PyList is no T[] since its sort/reverse return None). */
export interface Pushable<T> {
  push(...items: T[]): number;
}

const ORDER = { lt, le, gt, ge };

/** `a == b` for two sequences of the same type: same length and pairwise equal. */
export function sequenceEquals(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!keysEqual(a[i], b[i])) return false;
  return true;
}

/** Lexicographic order: the first unequal pair decides, else the lengths (CPython list_richcompare). */
export function sequenceOrder(a: ArrayLike<unknown>, b: ArrayLike<unknown>, op: CompareOp): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && keysEqual(a[i], b[i])) i++;
  if (i < n) return ORDER[op](a[i], b[i]);
  return ORDER[op](a.length, b.length);
}

export function sequenceContains(seq: ArrayLike<unknown>, value: unknown): boolean {
  for (let i = 0; i < seq.length; i++) if (keysEqual(seq[i], value)) return true;
  return false;
}

export function sequenceCount(seq: ArrayLike<unknown>, value: unknown): number {
  let count = 0;
  for (let i = 0; i < seq.length; i++) if (keysEqual(seq[i], value)) count++;
  return count;
}

/** seq.index(value, start, stop); -1 when absent (the caller raises its own ValueError). */
export function sequenceIndex(seq: ArrayLike<unknown>, value: unknown, start?: unknown, stop?: unknown): number {
  const n = seq.length;
  const from = boundArg(start, 0, n);
  const to = boundArg(stop, n, n);
  for (let i = from; i < to && i < seq.length; i++) if (keysEqual(seq[i], value)) return i;
  return -1;
}

/** An index()/insert() bound: negative counts from the end, then clipped to [0, n]. */
function boundArg(value: unknown, fallback: number, n: number): number {
  if (value === undefined || value === null) return fallback;
  let i = toIndex(value, () => "slice indices must be integers or have an __index__ method");
  if (typeof i === "bigint") return i < 0n ? 0 : n;
  if (i < 0) i = Math.max(0, i + n);
  return Math.min(i, n);
}

/** The items `slice` selects, appended to `out`. */
export function sliceInto<T, A extends Pushable<T>>(seq: ArrayLike<T>, slice: PySlice, out: A): A {
  const [start, , step, count] = sliceIndicesOf(slice, seq.length);
  if (step === 1) {
    for (let i = 0; i < count; i++) out.push(seq[start + i]!);
  } else {
    for (let i = 0, j = start; i < count; i++, j += step) out.push(seq[j]!);
  }
  return out;
}

/** The repeat count of `seq * n`; TypeError "can't multiply sequence by non-int of type 'float'". */
export function repeatCount(n: unknown): number {
  const count = toIndex(n, () => `can't multiply sequence by non-int of type '${typeName(n)}'`);
  if (typeof count === "bigint") {
    if (count < 0n) return 0;
    throw new OverflowError(`cannot fit '${isPy2() ? "long" : "int"}' into an index-sized integer`);
  }
  return count < 0 ? 0 : count;
}

/** The items `seq * n` holds, appended to `out`. */
export function repeatInto<T, A extends Pushable<T>>(seq: ArrayLike<T>, count: number, out: A): A {
  const n = seq.length;
  for (let r = 0; r < count; r++) for (let i = 0; i < n; i++) out.push(seq[i]!);
  return out;
}

/** The element reprs joined by ", " (the inside of `[...]` and `(...)`). */
export function joinReprs(seq: ArrayLike<unknown>): string {
  let out = "";
  for (let i = 0; i < seq.length; i++) out += (i === 0 ? "" : ", ") + repr(seq[i]);
  return out;
}

/** `TypeError` for `seq + other` when other is not the same kind of sequence. */
export function concatError(kind: string, other: unknown): never {
  throw new TypeError(`can only concatenate ${kind} (not "${typeName(other)}") to ${kind}`);
}
