// list.sort() and sorted(): a stable sort ordered by Python's `<` (CPython only
// ever asks `<`), with key= and reverse= (py2 also cmp=). Keys are computed once
// per item, in order. Homogeneous numbers or strings take a direct comparator.

import { checkArgumentCount } from "./binding.js";
import { isPy2 } from "./dialect.js";
import { TypeError } from "./exceptions.js";
import { lt } from "./compare.js";
import { toIndex } from "./slice.js";

export interface SortOptions {
  key?: ((item: any) => unknown) | null;
  reverse?: unknown;
  /** Python 2 only: a cmp(a, b) function returning negative, zero or positive. */
  cmp?: ((a: any, b: any) => unknown) | null;
}

/** Sorts `items` in place (a plain array the caller owns). */
export function sortItems<T>(items: T[], options: SortOptions = {}): void {
  const { key, cmp } = options;
  const reverse = options.reverse !== undefined && options.reverse !== null && options.reverse !== false && options.reverse !== 0;
  if (cmp !== undefined && cmp !== null && !isPy2()) throw new TypeError("'cmp' is an invalid keyword argument for sort()");
  if (key !== undefined && key !== null && items.length > 0) checkArgumentCount(key, 1);
  if (cmp !== undefined && cmp !== null && items.length > 1) checkArgumentCount(cmp, 2);
  const keys: unknown[] = key === undefined || key === null ? items : items.map((item) => key(item));
  const compare = cmp !== undefined && cmp !== null ? cmpComparator(cmp) : comparatorFor(keys);
  const order = Array.from(keys.keys());
  // A stable sort with the comparison flipped keeps equal items in their original
  // order, which is what CPython's reverse-sort-reverse gives.
  order.sort(reverse ? (i, j) => compare(keys[j], keys[i]) : (i, j) => compare(keys[i], keys[j]));
  const sorted = order.map((i) => items[i]!);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i]!;
}

function pythonComparator(a: unknown, b: unknown): number {
  if (lt(a, b)) return -1;
  if (lt(b, a)) return 1;
  return 0;
}

function numberComparator(a: unknown, b: unknown): number {
  return (a as number) - (b as number);
}

function stringComparator(a: unknown, b: unknown): number {
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}

/** A direct comparator when every key is a non-NaN number, or a string without surrogates. */
function comparatorFor(keys: unknown[]): (a: unknown, b: unknown) => number {
  if (keys.length === 0) return pythonComparator;
  if (keys.every((k) => typeof k === "number" && !Number.isNaN(k))) return numberComparator;
  // UTF-16 order equals code point order unless a surrogate pair is involved.
  if (keys.every((k) => typeof k === "string" && !/[\uD800-\uDFFF]/.test(k))) return stringComparator;
  return pythonComparator;
}

/** Python 2 cmp= functions return any int (or an object with __index__). */
function cmpComparator(cmp: (a: any, b: any) => unknown): (a: unknown, b: unknown) => number {
  return (a, b) => {
    const r = cmp(a, b);
    if (typeof r === "number") return r;
    const i = toIndex(r, () => "comparison function must return int, not " + typeof r);
    return typeof i === "bigint" ? (i < 0n ? -1 : i > 0n ? 1 : 0) : i;
  };
}
