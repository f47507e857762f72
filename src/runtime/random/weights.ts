// Helpers for choices() and sample(counts=): itertools.accumulate with Python's +,
// bisect.bisect_right over mixed ints and floats, and itertools.repeat's count.

import { PyFloat } from "../builtins/float.js";
import { asInt, isIntValue, numAdd } from "./numbers.js";
import { OverflowError, TypeError } from "../builtins/exceptions.js";
import { toArray, typeName } from "./sequences.js";

/** list(itertools.accumulate(values)): running sums, the first element as given. */
export function cumulative(values: unknown): unknown[] {
  const out: unknown[] = [];
  let total: unknown;
  for (const v of toArray(values)) {
    total = out.length === 0 ? v : numAdd(total, v);
    out.push(total);
  }
  return out;
}

/** A number JavaScript compares exactly against another (bigints stay bigints). */
function comparable(v: unknown): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  throw new TypeError(`'<' not supported between instances of 'float' and '${typeName(v)}'`);
}

/** bisect.bisect_right(a, x, lo, hi). */
export function bisectRight(a: readonly unknown[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < comparable(a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** itertools.repeat(None, k): how many times (a negative count repeats nothing). */
export function repeatCount(k: unknown): number {
  if (k === undefined) return 1;
  if (!isIntValue(k)) throw new TypeError(`'${typeName(k)}' object cannot be interpreted as an integer`);
  const n = asInt(k);
  if (typeof n === "bigint") throw new OverflowError("Python int too large to convert to C ssize_t");
  return Math.max(0, n);
}
