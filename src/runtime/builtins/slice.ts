// Python slice objects and index arithmetic shared by every sequence: __index__
// conversion, negative-index normalisation and CPython's PySlice_AdjustIndices
// (clamping start/stop for a given length).

import { longValue, PyLong } from "./long.js";
import { isPy2 } from "./dialect.js";
import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { eq, lt } from "./compare.js";
import { repr } from "./repr.js";
import { PyTuple } from "./tuple.js";
import { registerBuiltinType, typeName } from "./types.js";

export class PySlice {
  constructor(
    readonly start: unknown = null,
    readonly stop: unknown = null,
    readonly step: unknown = null,
  ) {}

  /** slice.indices(length): (start, stop, step) clamped to a sequence of that length. */
  indices(length: unknown): PyTuple<number> {
    const n = toIndex(length, () => "'" + typeName(length) + "' object cannot be interpreted as an integer");
    if (typeof n !== "number" || n < 0) throw new ValueError("length should not be negative");
    const [start, stop, step] = sliceIndicesOf(this, n);
    return PyTuple.of(start, stop, step);
  }

  __repr__(): string {
    return `slice(${repr(this.start)}, ${repr(this.stop)}, ${repr(this.step)})`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof PySlice && eq(this._triple(), other._triple());
  }

  __lt__(other: unknown): boolean {
    return other instanceof PySlice && lt(this._triple(), other._triple());
  }

  get __hash__(): null {
    return null;
  }

  private _triple(): PyTuple {
    return PyTuple.of(this.start, this.stop, this.step);
  }
}

/** The `slice` builtin: slice(stop), slice(start, stop[, step]). */
export function slice(...args: unknown[]): PySlice {
  if (args.length === 1) return new PySlice(null, args[0], null);
  if (args.length === 2 || args.length === 3) return new PySlice(args[0], args[1], args[2] ?? null);
  throw new TypeError(`slice expected at ${args.length === 0 ? "least 1 argument, got 0" : `most 3 arguments, got ${args.length}`}`);
}
registerBuiltinType(slice, { name: "slice", check: (v) => v instanceof PySlice, runtimeClass: PySlice });

/**
 * Python's operator.index(): an int, bool or object with `__index__`; otherwise
 * TypeError with the message `describe()` builds (it differs per caller).
 */
export function toIndex(value: unknown, describe: () => string): number | bigint {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return value;
  if (value instanceof PyLong) return longValue(value);
  if (value !== null && typeof value === "object" && !(value instanceof PyFloat)) {
    const method = (value as any).__index__;
    if (typeof method === "function") return toIndex(method.call(value), describe);
  }
  throw new TypeError(describe());
}

/** `list indices must be integers or slices, not str` (py2: `... must be integers, not str`). */
export function indexTypeMessage(kind: string, key: unknown): string {
  return isPy2() ? `${kind} indices must be integers, not ${typeName(key)}` : `${kind} indices must be integers or slices, not ${typeName(key)}`;
}

/**
 * The position `key` names in a sequence of `length` items (negative counts from
 * the end). IndexError `message` when out of range; a bigint index beyond any
 * length gives CPython's "cannot fit 'int' into an index-sized integer".
 */
export function itemIndex(key: unknown, length: number, kind: string, message: string): number {
  let i: number | bigint;
  if (typeof key === "number" && Number.isInteger(key)) i = key;
  else i = toIndex(key, () => indexTypeMessage(kind, key));
  if (typeof i === "bigint") throw new IndexError(`cannot fit '${isPy2() ? "long" : "int"}' into an index-sized integer`);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw new IndexError(message);
  return i;
}

const SLICE_INDEX_MESSAGE = "slice indices must be integers or None or have an __index__ method";

/** A slice bound as a number; bigints are clamped (CPython clips them to the ssize_t range). */
function sliceBound(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const i = toIndex(value, () => SLICE_INDEX_MESSAGE);
  if (typeof i === "bigint") return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/** [start, stop, step, slicelength] for `slice` over `length` items (CPython PySlice_GetIndicesEx). */
export function sliceIndicesOf(slice: PySlice, length: number): [number, number, number, number] {
  return adjustIndices(sliceBound(slice.start), sliceBound(slice.stop), sliceBound(slice.step), length);
}

export function adjustIndices(
  rawStart: number | null,
  rawStop: number | null,
  rawStep: number | null,
  length: number,
): [number, number, number, number] {
  const step = rawStep ?? 1;
  if (step === 0) throw new ValueError("slice step cannot be zero");
  let start: number;
  let stop: number;
  if (step > 0) {
    start = clamp(rawStart ?? 0, length, 0, length);
    stop = clamp(rawStop ?? length, length, 0, length);
  } else {
    start = clamp(rawStart ?? length - 1, length, -1, length - 1);
    stop = clamp(rawStop ?? -1 - length, length, -1, length - 1);
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    count = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, count];
}

/** A bound counted from the end when negative, then clipped to [low, high]. */
function clamp(value: number, length: number, low: number, high: number): number {
  if (value < 0) {
    value += length;
    return value < 0 ? low : value;
  }
  return value > high ? high : value;
}
