// Helpers of loop versioning (src/lower/fastLoops.ts): the guards that choose a loop's
// plain-number copy, and `//` for that copy when the divisor may be negative (its `%`
// is inline). The exact helpers (int.ts) handle everything else.

/** The guard on a loop's stop: an int held as a number, at most `bound`. */
export function intAtMost(value: unknown, bound: number): value is number {
  return typeof value === "number" && value <= bound;
}

/** The guard on an int local the loop reads: held as a number within ±bound. */
export function intWithin(value: unknown, bound: number): value is number {
  return typeof value === "number" && value <= bound && value >= -bound;
}

/** Python's `a // b` for ints within ±2**52, b not 0 (`+ 0` turns -0 into 0). */
export function smallFloorDiv(a: number, b: number): number {
  return Math.floor(a / b) + 0;
}
