// Python int arithmetic on the runtime's two int representations: a safe-integer
// `number`, or a `bigint` beyond ±(2**53-1). Every result is normalised (a bigint
// in the safe range becomes a number, -0 becomes 0), so `===` stays Python's `==`
// for ints. Each operation tries the allocation-free number path first; operands
// here are ints already (bool and float handling is in operator.ts).

import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { isPy2 } from "./dialect.js";

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO_52 = 2 ** 52;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;

// Python 2 calls an int outside the machine word a 'long' (sys.maxint is 2**63-1).
const PY2_LONG_MIN = -(2n ** 63n);
const PY2_LONG_MAX = 2n ** 63n - 1n;

/** True when Python 2 would hold this int as a long (its repr ends in 'L'). */
export function isPy2Long(v: bigint): boolean {
  return v < PY2_LONG_MIN || v > PY2_LONG_MAX;
}

/** A bigint result in the runtime's form: a number when it is a safe integer. */
export function normBig(v: bigint): Int {
  // Most bigint results are far outside the safe range: one comparison decides them.
  return v > MAX_SAFE_BIG || v < MIN_SAFE_BIG ? v : Number(v);
}

export function toBigInt(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

// Exact bigints from doubles without BigInt(number), which costs 20-26 ns a call on
// Node 20 (measured) where a BigInt64Array element load makes the bigint in ~11 ns:
// the value is written as two 32-bit words (in the platform's order) and read back
// as one signed 64-bit int. A product of two safe ints below 2**63 needs no BigInt
// arithmetic at all (sum of cubes past 2**53: 150 -> 105 ms).
const scratch = new ArrayBuffer(8);
const words = new Uint32Array(scratch);
const int64 = new BigInt64Array(scratch);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;
// The powers of two below are written in place: the bundler turns module constants
// into `var`s, which V8 reloads on every use (5-10% of the sum-of-cubes loop), while
// it folds `2 ** 32`.

/** hi * 2**32 + lo as a bigint; hi, lo integers, |lo| < 2**53, the value inside int64. */
function int64Of(hi: number, lo: number): bigint {
  const carry = Math.floor(lo / 2 ** 32);
  words[LOW] = lo - carry * 2 ** 32;
  // The Uint32Array store wraps a negative high word into two's complement.
  words[HIGH] = hi + carry;
  return int64[0]!;
}

/** The bigint of an int operand (a safe-integer number or a bigint). */
function bigOf(a: Int): bigint {
  if (typeof a === "bigint") return a;
  const hi = Math.floor(a / 2 ** 32);
  return int64Of(hi, a - hi * 2 ** 32);
}

/** a + b for safe integers whose sum leaves the safe range (so no normalisation). */
function bigSum(a: number, b: number): bigint {
  const ah = Math.floor(a / 2 ** 32);
  const bh = Math.floor(b / 2 ** 32);
  return int64Of(ah + bh, a - ah * 2 ** 32 + (b - bh * 2 ** 32));
}

/** a * b for safe integers whose product leaves the safe range (so no normalisation). */
function bigProduct(a: number, b: number): bigint {
  const estimate = a * b;
  // Below 2**63 the largest double is 2**63 - 1024, so |a*b| < 2**63 - 512: int64.
  if (estimate >= 2 ** 63 || estimate <= -(2 ** 63)) return bigOf(a) * bigOf(b);
  // With |b| <= |a|, |b| < 2**32. a = ah*2**21 + al makes both partial products
  // exact doubles, and x*2**21 + y is regrouped into 32-bit words.
  if (Math.abs(a) < Math.abs(b)) {
    const t = a;
    a = b;
    b = t;
  }
  const ah = Math.floor(a / 2 ** 21);
  const x = ah * b;
  const y = (a - ah * 2 ** 21) * b;
  const xh = Math.floor(x / 2 ** 11);
  return int64Of(xh, (x - xh * 2 ** 11) * 2 ** 21 + y);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    // Two safe integers sum exactly unless the true sum leaves the safe range,
    // in which case the rounded sum leaves it too.
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return bigSum(a, b);
  }
  return normBig(bigOf(a) + bigOf(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return bigSum(a, -b);
  }
  return normBig(bigOf(a) - bigOf(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // `+ 0` turns the -0 of `0 * -5` into Python's 0.
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
    // The rounded product only leaves the safe range when the true one does.
    return bigProduct(a, b);
  }
  return normBig(bigOf(a) * bigOf(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === "number") return 0 - a;
  return normBig(-a);
}

export function intAbs(a: Int): Int {
  if (typeof a === "number") return a < 0 ? -a : a;
  return a < 0n ? normBig(-a) : a;
}

/** `~a`, which is -a-1 for every int. */
export function intInvert(a: Int): Int {
  if (typeof a === "number") {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r;
  }
  return normBig(~toBigInt(a));
}

function divisionByZero(a: Int = 0): never {
  // Python 2 names the long type when the dividend is a long.
  const long = isPy2() && typeof a === "bigint" && isPy2Long(a);
  throw new ZeroDivisionError(long ? "long division or modulo by zero" : "integer division or modulo by zero");
}

function moduloByZero(a: Int): never {
  if (isPy2()) divisionByZero(a);
  throw new ZeroDivisionError("integer modulo by zero");
}

/** `a // b`: the quotient rounded toward negative infinity. */
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) divisionByZero();
    // For |a| < 2**53 the rounding error of a / b is smaller than its distance
    // to the next integer, so floor() of the double quotient is exact.
    return Math.floor(a / b) + 0;
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  if (y === 0n) divisionByZero(a);
  return normBig(bigFloorDiv(x, y));
}

export function bigFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  // BigInt division truncates; step down when the signs differ and it was inexact.
  return (x % y !== 0n) && ((x < 0n) !== (y < 0n)) ? q - 1n : q;
}

/** `a % b`: the remainder takes the sign of b. */
export function intMod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    // The common case first: non-negative operands below 2**52, where the floor of
    // the double quotient is exact (and the result is never -0).
    if (a >= 0 && b > 0 && a <= TWO_52 && b <= TWO_52) return a - Math.floor(a / b) * b;
    if (b === 0) moduloByZero(a);
    // V8's `%` on values beyond int32 calls fmod, three times slower than one
    // division; below 2**52 the division's floor is exact and q*b fits exactly.
    if ((a | 0) !== a && a <= 2 ** 52 && a >= -(2 ** 52) && b <= 2 ** 52 && b >= -(2 ** 52)) {
      return a - Math.floor(a / b) * b + 0;
    }
    const r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) return r + b;
    return r + 0;
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  if (y === 0n) moduloByZero(a);
  return normBig(bigMod(x, y));
}

export function bigMod(x: bigint, y: bigint): bigint {
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}

/** divmod(a, b) for ints: [a // b, a % b] (both CPython messages are the '//' one). */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (b === 0 || b === 0n) divisionByZero(a);
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** `a ** b` for b >= 0 (a negative exponent makes a float; see operator.ts). */
export function intPowNonNegative(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    // Square-and-multiply while every intermediate stays a safe integer.
    let result = 1;
    let base = a;
    let exp = b;
    for (;;) {
      if (exp % 2 === 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) break;
      }
      exp = Math.floor(exp / 2);
      if (exp === 0) return result + 0;
      base *= base;
      if (base > MAX_SAFE) break;
    }
  }
  return normBig(toBigInt(a) ** toBigInt(b));
}

/** pow(a, b, m) for ints, including Python 3.8's modular inverse for b < 0. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = toBigInt(m);
  if (mod === 0n) throw new ValueError("pow() 3rd argument cannot be 0");
  let exp = toBigInt(b);
  let base = toBigInt(a);
  const negativeModulus = mod < 0n;
  if (negativeModulus) mod = -mod;
  if (exp < 0n) {
    if (isPy2()) throw new TypeError("pow() 2nd argument cannot be negative when 3rd argument specified");
    base = modularInverse(bigMod(base, mod), mod);
    exp = -exp;
  }
  let result = 1n % mod;
  base = bigMod(base, mod);
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  // CPython reduces into [0, |m|) and then shifts a nonzero result for a negative modulus.
  if (negativeModulus && result !== 0n) result -= mod;
  return normBig(result);
}

function modularInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new ValueError("base is not invertible for the given modulus");
  return bigMod(oldS, m);
}

// Python 2 converts the shift count to a C long first (OverflowError beyond it).
const PY2_LONG_LIMIT = 2n ** 63n;

function checkShift(n: Int): void {
  if (isPy2() && typeof n === "bigint" && (n >= PY2_LONG_LIMIT || n < -PY2_LONG_LIMIT)) {
    throw new OverflowError("long int too large to convert to int");
  }
  if (n < 0) throw new ValueError("negative shift count");
}

export function intLshift(a: Int, n: Int): Int {
  checkShift(n);
  if (typeof a === "number" && typeof n === "number" && n < 53) {
    // Multiplying by a power of two is exact until it leaves the safe range.
    const r = a * 2 ** n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  if (a === 0) return 0;
  if (typeof n === "bigint" || n > 0x7fffffff) throw new OverflowError("too many digits in integer");
  return normBig(toBigInt(a) << BigInt(n));
}

export function intRshift(a: Int, n: Int): Int {
  checkShift(n);
  if (typeof a === "number") {
    if (typeof n === "bigint" || n >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  if (typeof n === "bigint") return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(n));
}

// Bitwise operators: JavaScript's act on int32, so numbers outside that range go
// through bigint, whose operators use Python's infinite two's complement.
export function intAnd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return normBig(toBigInt(a) & toBigInt(b));
}

export function intOr(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return normBig(toBigInt(a) | toBigInt(b));
}

export function intXor(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normBig(toBigInt(a) ^ toBigInt(b));
}

/** Three-way comparison of two ints: -1, 0 or 1. */
export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** int.bit_length(): the number of bits of |a|. */
export function intBitLength(a: Int): number {
  if (typeof a === "number") {
    const m = Math.abs(a);
    return m < 2 ** 32 ? 32 - Math.clz32(m) : 64 - Math.clz32(Math.floor(m / 2 ** 32));
  }
  return (a < 0n ? -a : a).toString(2).length;
}

/** The int as a JavaScript number, exactly (throws when it is too large). */
export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const r = Number(a);
  if (!Number.isFinite(r)) throw new OverflowError(isPy2() ? "long int too large to convert to float" : "int too large to convert to float");
  return r;
}
