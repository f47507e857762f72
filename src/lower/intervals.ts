// Integer intervals for the fast-loop analysis (fastLoopPlan.ts): the closed range
// [lo, hi] an int expression's value lies in, with exact bigint bounds so no bound
// computation can round. `null` is "unknown" (any int, possibly a bigint).

export interface Interval {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** The largest magnitude a JavaScript number holds exactly (Number.MAX_SAFE_INTEGER). */
export const MAX_SAFE = 2n ** 53n - 1n;

export function point(value: bigint): Interval {
  return { lo: value, hi: value };
}

export function isSafe(range: Interval | null): range is Interval {
  return range !== null && range.lo >= -MAX_SAFE && range.hi <= MAX_SAFE;
}

/** Within ±bound (a guard's precondition for division-based helpers). */
export function within(range: Interval, bound: bigint): boolean {
  return range.lo >= -bound && range.hi <= bound;
}

export function containsZero(range: Interval): boolean {
  return range.lo <= 0n && range.hi >= 0n;
}

export function hull(a: Interval | null, b: Interval | null): Interval | null {
  if (a === null || b === null) return null;
  return { lo: a.lo < b.lo ? a.lo : b.lo, hi: a.hi > b.hi ? a.hi : b.hi };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export function neg(a: Interval): Interval {
  return { lo: -a.hi, hi: -a.lo };
}

export function mul(a: Interval, b: Interval): Interval {
  const products = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: products.reduce((x, y) => (x < y ? x : y)), hi: products.reduce((x, y) => (x > y ? x : y)) };
}

/** `a // b` for a divisor range without zero: the quotient's floor lies between the corner quotients' floors. */
export function floorDiv(a: Interval, b: Interval): Interval {
  const quotients = [floorQuotient(a.lo, b.lo), floorQuotient(a.lo, b.hi), floorQuotient(a.hi, b.lo), floorQuotient(a.hi, b.hi)];
  return { lo: quotients.reduce((x, y) => (x < y ? x : y)), hi: quotients.reduce((x, y) => (x > y ? x : y)) };
}

/** Python's `x // y` on bigints (BigInt division truncates toward 0). */
export function floorQuotient(x: bigint, y: bigint): bigint {
  const q = x / y;
  return x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q;
}

/** `a % b` for a divisor range without zero: the result has b's sign and is smaller than |b|. */
export function mod(a: Interval, b: Interval): Interval {
  if (b.lo > 0n) {
    // A non-negative dividend smaller than the divisor is its own remainder.
    if (a.lo >= 0n) return { lo: 0n, hi: a.hi < b.hi - 1n ? a.hi : b.hi - 1n };
    return { lo: 0n, hi: b.hi - 1n };
  }
  return { lo: b.lo + 1n, hi: 0n };
}

/** `count` executions of `x += step` with step in `step`: how far x can move from where it started. */
export function accumulated(step: Interval, count: bigint): Interval {
  return { lo: step.lo < 0n ? step.lo * count : 0n, hi: step.hi > 0n ? step.hi * count : 0n };
}
