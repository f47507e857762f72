// How random.py sees its sequence arguments, over the builtins: len(), seq[i],
// seq[i] = v (each with CPython's messages) and list(iterable), plus the two
// type tests random.py makes (collections.abc.Sequence in 3.11, hasattr keys in 2.7).

// The builtins index, not single files: it registers the builtin type objects
// that typeName() needs to call a PyTuple 'tuple'.
import { ByteSequence } from "../builtins/bytes.js";
import { getitem, iter, len as builtinLen, PyRange, setitem } from "../builtins/index.js";

export { typeName } from "../builtins/index.js";

export function len(seq: unknown): number {
  return builtinLen(seq);
}

export function getItem(seq: unknown, i: number): any {
  return getitem(seq, i);
}

export function setItem(seq: unknown, i: number, value: unknown): void {
  setitem(seq, i, value);
}

/** list(iterable) as a JavaScript array, in Python's iteration order. */
export function toArray(iterable: unknown): unknown[] {
  return Array.from(iter(iterable));
}

/** isinstance(v, collections.abc.Sequence) for the values a script can pass. */
export function isSequence(v: unknown): boolean {
  return typeof v === "string" || Array.isArray(v) || v instanceof PyRange || v instanceof ByteSequence;
}

/** Python 2's hasattr(population, "keys"): dict-like objects. */
export function hasKeys(v: unknown): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof (v as { keys?: unknown }).keys === "function";
}
