// Python 2.7's integer and sequence methods (Lib/random.py): below 2**53 they
// scale random() (`int(random() * n)`); only wider ranges use _randbelow with
// getrandbits. choice, shuffle and sample always scale random(). Error messages
// are CPython 2.7's (including "(%d,%d, %d)" in randrange's).

import { PyList } from "../builtins/list.js";
import { PyTuple } from "../builtins/tuple.js";
import type { BitGenerator } from "./bitGenerator.js";
import {
  asInt, intAdd, intFloorDiv, intMul, intSub, isFloatValue, isIntValue, numAdd, toDouble, type Int,
} from "./numbers.js";
import { KeyError, OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { unsupported } from "./unsupported.js";
import { logBase } from "./pyMath.js";
import * as libm from "./libm/index.js";
import { getItem, hasKeys, len, setItem, toArray, typeName } from "./sequences.js";

const MAXWIDTH = 2 ** 53;

/** Python 2's int(v) for the numbers randrange accepts. */
function toInt(v: unknown): Int {
  if (isIntValue(v)) return asInt(v);
  if (isFloatValue(v)) {
    const d = toDouble(v);
    if (Number.isNaN(d)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(d)) throw new OverflowError("cannot convert float infinity to integer");
    const t = Math.trunc(d);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  if (typeof v === "string") unsupported("randrange() with a str argument");
  throw new TypeError(`int() argument must be a string or a number, not '${typeName(v)}'`);
}

/** istart != start, for an int istart made from start. */
function differs(i: Int, v: unknown): boolean {
  return isFloatValue(v) && toDouble(v) !== Number(i);
}

/** int(random() * n) for 0 < n < 2**53. */
function scaled(mt: BitGenerator, n: Int): number {
  return Math.trunc(mt.random() * Number(n));
}

/** math.log(n - 1, 2.0) for an int n: a long too large for a double goes through frexp. */
function log2Of(n: bigint): number {
  const d = Number(n);
  if (Number.isFinite(d)) return logBase(d, 2.0);
  const bits = n.toString(2).length;
  const shift = BigInt(bits - 64);
  const sticky = n & ((1n << shift) - 1n) ? 1n : 0n;
  const mantissa = Number((n >> shift) | sticky) / 2 ** 64; // in [0.5, 1), rounded once
  return (libm.log(mantissa) + libm.log(2.0) * bits) / libm.log(2.0);
}

/** _randbelow(n) for n >= 2**53: getrandbits with k = int(1.00001 + log(n-1, 2.0)). */
export function randbelow(mt: BitGenerator, n: Int): Int {
  const k = Math.trunc(1.00001 + log2Of(BigInt(n) - 1n));
  let r = mt.getrandbits(k);
  while (r >= n) r = mt.getrandbits(k);
  return r;
}

export function randrange(mt: BitGenerator, start: unknown, stop: unknown, step: unknown): Int {
  const istart = toInt(start);
  if (differs(istart, start)) throw new ValueError("non-integer arg 1 for randrange()");
  if (stop === null || stop === undefined) {
    if (istart > 0) return istart >= MAXWIDTH ? randbelow(mt, istart) : scaled(mt, istart);
    throw new ValueError("empty range for randrange()");
  }
  const istop = toInt(stop);
  if (differs(istop, stop)) throw new ValueError("non-integer stop for randrange()");
  const width = intSub(istop, istart);
  const stepIsOne = step === undefined || ((isIntValue(step) || isFloatValue(step)) && toDouble(step) === 1);
  if (stepIsOne && width > 0) {
    return width >= MAXWIDTH ? intAdd(istart, randbelow(mt, width)) : intAdd(istart, scaled(mt, width));
  }
  if (stepIsOne) throw new ValueError(`empty range for randrange() (${istart},${istop}, ${width})`);
  const istep = toInt(step);
  if (differs(istep, step)) throw new ValueError("non-integer step for randrange()");
  let n: Int;
  if (istep > 0) n = intFloorDiv(intAdd(width, intSub(istep, 1)), istep);
  else if (istep < 0) n = intFloorDiv(intAdd(width, intAdd(istep, 1)), istep);
  else throw new ValueError("zero step for randrange()");
  if (n <= 0) throw new ValueError("empty range for randrange()");
  const offset = n >= MAXWIDTH ? randbelow(mt, n) : scaled(mt, n);
  return intAdd(istart, intMul(istep, offset));
}

export function randint(mt: BitGenerator, a: unknown, b: unknown): Int {
  return randrange(mt, a, numAdd(b, 1), undefined);
}

/** seq[int(self.random() * len(seq))]: an empty sequence fails on the index. */
export function choice(mt: BitGenerator, seq: unknown): any {
  const r = mt.random();
  return getItem(seq, Math.trunc(r * len(seq)));
}

/** shuffle(x, random=None): `random` is any function returning a float in [0, 1). */
export function shuffle(mt: BitGenerator, x: unknown, random: unknown): null {
  const next = typeof random === "function" ? () => toDouble(random()) : () => mt.random();
  for (let i = len(x) - 1; i > 0; i--) {
    const j = Math.trunc(next() * (i + 1));
    const xj = getItem(x, j);
    const xi = getItem(x, i);
    setItem(x, i, xj);
    setItem(x, j, xi);
  }
  return null;
}

export function sample(mt: BitGenerator, population: unknown, k: unknown): PyList {
  const n = len(population);
  const count = isIntValue(k) ? Number(asInt(k)) : isFloatValue(k) ? toDouble(k) : NaN;
  if (!(0 <= count && count <= n)) throw new ValueError("sample larger than population");
  if (!isIntValue(k)) throw new TypeError(`can't multiply sequence by non-int of type '${typeName(k)}'`);
  const result = new PyList();
  let setsize = 21;
  if (count > 5) setsize += 4 ** Math.ceil(logBase(count * 3, 4));
  if (n <= setsize || hasKeys(population)) {
    const pool = toArray(population);
    for (let i = 0; i < count; i++) {
      const j = Math.trunc(mt.random() * (n - i));
      result.push(pool[j]);
      pool[j] = pool[n - i - 1];
    }
    return result;
  }
  try {
    const selected = new Set<number>();
    for (let i = 0; i < count; i++) {
      let j = Math.trunc(mt.random() * n);
      while (selected.has(j)) j = Math.trunc(mt.random() * n);
      selected.add(j);
      result.push(getItem(population, j));
    }
    return result;
  } catch (error) {
    // Sets cannot be indexed: CPython retries on tuple(population), after the draws so far.
    if (!(error instanceof TypeError || error instanceof KeyError) || population instanceof PyList) throw error;
    return sample(mt, PyTuple.fromIterable(toArray(population)), k);
  }
}

