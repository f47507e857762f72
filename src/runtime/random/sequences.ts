// How random.py's functions see their sequence arguments: len(), seq[i],
// seq[i] = v and iteration. Runtime containers answer through their dunders
// (__len__, __getitem__, __setitem__), which carry CPython's error messages;
// strings are indexed by code point, as Python indexes str.

import { isPy2 } from "../builtins/dialect.js";
import { PyFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import { IndexError, TypeError } from "./pyExceptions.js";

interface Dunders {
  __len__?(): unknown;
  __getitem__?(key: unknown): unknown;
  __setitem__?(key: unknown, value: unknown): unknown;
}

/** type(v).__name__, as CPython's messages spell it. */
export function typeName(v: unknown): string {
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? "int" : "float";
    case "bigint":
      return isPy2() && (v > 2n ** 63n - 1n || v < -(2n ** 63n)) ? "long" : "int";
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "function":
      return "function";
    case "object": {
      if (v === null) return "NoneType";
      if (v instanceof PyFloat) return "float";
      if (v instanceof PyList) return "list";
      if (v instanceof PyTuple) return "tuple";
      const ctor = (v as { constructor?: { __name__?: unknown; name?: string } }).constructor;
      if (typeof ctor?.__name__ === "string") return ctor.__name__;
      return ctor?.name || "object";
    }
    default:
      return "object";
  }
}

function hasSurrogates(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

/** len(seq). */
export function len(seq: unknown): number {
  if (typeof seq === "string") return hasSurrogates(seq) ? Array.from(seq).length : seq.length;
  const d = seq as Dunders | null;
  if (d !== null && typeof d === "object" && typeof d.__len__ === "function") return Number(d.__len__());
  if (Array.isArray(seq)) return seq.length;
  throw new TypeError(`object of type '${typeName(seq)}' has no len()`);
}

/** seq[i] for an int index 0 <= i (random.py never indexes from the end). */
export function getItem(seq: unknown, i: number): unknown {
  if (typeof seq === "string") {
    const chars = hasSurrogates(seq) ? Array.from(seq) : null;
    const length = chars ? chars.length : seq.length;
    if (i >= length) throw new IndexError("string index out of range");
    return chars ? chars[i] : seq[i];
  }
  const d = seq as Dunders | null;
  if (d !== null && typeof d === "object" && typeof d.__getitem__ === "function") return d.__getitem__(i);
  if (Array.isArray(seq)) {
    if (i >= seq.length) throw new IndexError(`${typeName(seq)} index out of range`);
    return seq[i];
  }
  throw new TypeError(isPy2() ? `'${typeName(seq)}' object has no attribute '__getitem__'` : `'${typeName(seq)}' object is not subscriptable`);
}

/** seq[i] = value. */
export function setItem(seq: unknown, i: number, value: unknown): void {
  const d = seq as Dunders | null;
  if (d !== null && typeof d === "object" && typeof d.__setitem__ === "function") {
    d.__setitem__(i, value);
    return;
  }
  if (seq instanceof PyTuple || typeof seq === "string" || !Array.isArray(seq)) {
    throw new TypeError(`'${typeName(seq)}' object does not support item assignment`);
  }
  seq[i] = value;
}

/** list(iterable): Python's iteration order (strings by code point). */
export function toArray(iterable: unknown): unknown[] {
  if (typeof iterable === "string") return Array.from(iterable);
  if (iterable !== null && typeof iterable === "object" && Symbol.iterator in iterable) {
    return Array.from(iterable as Iterable<unknown>);
  }
  throw new TypeError(`'${typeName(iterable)}' object is not iterable`);
}

/** isinstance(v, collections.abc.Sequence) for the values a script can pass. */
export function isSequence(v: unknown): boolean {
  if (typeof v === "string" || Array.isArray(v)) return true;
  const name = typeName(v);
  return name === "range" || name === "bytes" || name === "bytearray";
}

/** Python 2's hasattr(population, "keys"): dict-like objects. */
export function hasKeys(v: unknown): boolean {
  return v !== null && typeof v === "object" && typeof (v as { keys?: unknown }).keys === "function" && !Array.isArray(v);
}
