// `xs[i]` and `xs[i] = v` where the compiler knows xs is a list (or, for reading,
// a tuple) and i an int: the in-range case inline, anything else (an index out of
// range, a bigint or boxed long index) through getitem/setitem for CPython's
// errors. Separate from getitem so their type feedback stays monomorphic: the
// generic helpers also see dicts, strings and objects (docs/architecture.md §4).

import { getitem, setitem } from "./subscript.js";

/** `xs[i]` for a list or tuple xs and an int i. */
export function listItem<T>(xs: ArrayLike<T>, i: unknown): T {
  if (typeof i === "number") {
    const k = i < 0 ? i + xs.length : i;
    if (k >= 0 && k < xs.length) return xs[k]!;
  }
  return getitem(xs, i) as T;
}

/** `xs[i] = value` for a list xs and an int i. */
export function listSetItem<T>(xs: { length: number; [index: number]: T }, i: unknown, value: T): void {
  if (typeof i === "number") {
    const k = i < 0 ? i + xs.length : i;
    if (k >= 0 && k < xs.length) {
      xs[k] = value;
      return;
    }
  }
  setitem(xs, i, value);
}
