// Python 3.11's integer and sequence methods (Lib/random.py): every integer
// choice goes through _randbelow, rejection sampling on getrandbits(n.bit_length()).
// Error messages are CPython 3.11's.

import { PyList } from "../builtins/list.js";
import type { BitGenerator } from "./bitGenerator.js";
import {
  asInt, bitLength, intAdd, intFloorDiv, intMul, intSub, isFloatValue, isIntValue, numAdd, toDouble, type Int,
} from "./numbers.js";
import { OverflowError, TypeError, ValueError, IndexError } from "../builtins/exceptions.js";
import { unsupported } from "./unsupported.js";
import { logBase } from "./pyMath.js";
import { getItem, isSequence, len, setItem, toArray, typeName } from "./sequences.js";
import { bisectRight, cumulative, repeatCount } from "./weights.js";

/** _randbelow_with_getrandbits: an int in [0, n), n > 0. */
export function randbelow(mt: BitGenerator, n: Int): Int {
  const k = bitLength(n);
  let r = mt.getrandbits(k);
  while (r >= n) r = mt.getrandbits(k);
  return r;
}

/**
 * operator.index(v), falling back to int(v) as 3.11 does for integral floats.
 * CPython then emits a DeprecationWarning; it is shown (with the caller's source
 * line) only when user code called randrange directly, which we cannot reproduce.
 */
function rangeArgument(v: unknown, what: string, direct: boolean): Int {
  if (isIntValue(v)) return asInt(v);
  if (!isFloatValue(v)) {
    if (typeof v === "string") unsupported("randrange() with a str argument");
    throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
  }
  const d = toDouble(v);
  if (Number.isNaN(d)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(d)) throw new OverflowError("cannot convert float infinity to integer");
  if (direct) unsupported("float arguments to randrange() (CPython 3.11 prints a DeprecationWarning with the calling line)");
  if (!Number.isInteger(d)) throw new ValueError(`non-integer ${what} for randrange()`);
  return Number.isSafeInteger(d) ? d : BigInt(d);
}

export function randrange(mt: BitGenerator, start: unknown, stop: unknown, step: unknown, direct: boolean): Int {
  const istart = rangeArgument(start, "arg 1", direct);
  if (stop === null || stop === undefined) {
    // `step is not _ONE`: an explicit step other than the small int 1.
    if (step !== undefined && step !== 1) throw new TypeError("Missing a non-None stop argument");
    if (istart > 0) return randbelow(mt, istart);
    throw new ValueError("empty range for randrange()");
  }
  const istop = rangeArgument(stop, "stop", direct);
  const width = intSub(istop, istart);
  const istep = step === undefined ? 1 : rangeArgument(step, "step", direct);
  if (istep === 1) {
    if (width > 0) return intAdd(istart, randbelow(mt, width));
    throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: Int;
  if (istep > 0) n = intFloorDiv(intAdd(width, intSub(istep, 1)), istep);
  else if (istep < 0) n = intFloorDiv(intAdd(width, intAdd(istep, 1)), istep);
  else throw new ValueError("zero step for randrange()");
  if (n <= 0) throw new ValueError("empty range for randrange()");
  return intAdd(istart, intMul(istep, randbelow(mt, n)));
}

export function randint(mt: BitGenerator, a: unknown, b: unknown): Int {
  return randrange(mt, a, numAdd(b, 1), undefined, false);
}

export function choice(mt: BitGenerator, seq: unknown): any {
  const n = len(seq);
  if (n === 0) throw new IndexError("Cannot choose from an empty sequence");
  return getItem(seq, randbelow(mt, n) as number);
}

export function shuffle(mt: BitGenerator, x: unknown): null {
  for (let i = len(x) - 1; i > 0; i--) {
    const j = randbelow(mt, i + 1) as number;
    const xj = getItem(x, j);
    const xi = getItem(x, i);
    setItem(x, i, xj);
    setItem(x, j, xi);
  }
  return null;
}

/** sample(population, k, *, counts=None). */
export function sample(mt: BitGenerator, population: unknown, k: unknown, counts: unknown): PyList {
  if (!isSequence(population)) throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = len(population);
  if (counts !== null && counts !== undefined) {
    const cumCounts = cumulative(counts);
    if (cumCounts.length !== n) throw new ValueError("The number of counts does not match the population");
    if (cumCounts.length === 0) throw new IndexError("pop from empty list");
    const total = cumCounts.pop();
    if (!isIntValue(total)) throw new TypeError("Counts must be integers");
    const totalInt = asInt(total);
    if (totalInt <= 0) throw new ValueError("Total of counts must be greater than zero");
    if (typeof totalInt === "bigint") unsupported("sample() counts totalling more than 2**53");
    const selections = sampleIndices(mt, totalInt, k, null);
    return PyList.fromIterable(selections.map((s) => getItem(population, bisectRight(cumCounts, s, 0, cumCounts.length))));
  }
  return PyList.fromIterable(sampleIndices(mt, n, k, population));
}

/**
 * The selection loop of sample(): indices into range(n) when population is null,
 * else the chosen elements of population.
 */
function sampleIndices(mt: BitGenerator, n: number, k: unknown, population: unknown): any[] {
  if (!isIntValue(k)) {
    if (isFloatValue(k) && 0 <= toDouble(k) && toDouble(k) <= n) throw new TypeError(`can't multiply sequence by non-int of type '${typeName(k)}'`);
    if (!isFloatValue(k)) throw new TypeError(`'<=' not supported between instances of 'int' and '${typeName(k)}'`);
  }
  const count = isIntValue(k) ? Number(asInt(k)) : NaN;
  if (!(0 <= count && count <= n)) throw new ValueError("Sample larger than population or is negative");
  const result: unknown[] = new Array(count);
  let setsize = 21;
  if (count > 5) setsize += 4 ** Math.ceil(logBase(count * 3, 4));
  const at = (j: number): unknown => (population === null ? j : getItem(population, j));
  if (n <= setsize) {
    const pool = population === null ? Array.from({ length: n }, (_, i) => i) : toArray(population);
    for (let i = 0; i < count; i++) {
      const j = randbelow(mt, n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < count; i++) {
      let j = randbelow(mt, n) as number;
      while (selected.has(j)) j = randbelow(mt, n) as number;
      selected.add(j);
      result[i] = at(j);
    }
  }
  return result;
}

/** choices(population, weights=None, *, cum_weights=None, k=1). */
export function choices(mt: BitGenerator, population: unknown, weights: unknown, cumWeights: unknown, k: unknown): PyList {
  const n = len(population);
  let cum: unknown[];
  if (cumWeights === null || cumWeights === undefined) {
    if (weights === null || weights === undefined) {
      const times = repeatCount(k);
      const result = new PyList();
      for (let i = 0; i < times; i++) result.push(getItem(population, Math.floor(mt.random() * n)));
      return result;
    }
    if (isIntValue(weights)) {
      const shown = typeof weights === "boolean" ? (weights ? "True" : "False") : String(weights);
      throw new TypeError(`The number of choices must be a keyword argument: k=${shown}`);
    }
    cum = cumulative(weights);
  } else {
    if (weights !== null && weights !== undefined) throw new TypeError("Cannot specify both weights and cumulative weights");
    cum = toArray(cumWeights);
  }
  if (cum.length !== n) throw new ValueError("The number of weights does not match the population");
  if (n === 0) throw new IndexError("list index out of range");
  const total = toDouble(cum[n - 1]) + 0.0;
  if (total <= 0.0) throw new ValueError("Total of weights must be greater than zero");
  if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
  const times = repeatCount(k);
  const result = new PyList();
  for (let i = 0; i < times; i++) result.push(getItem(population, bisectRight(cum, mt.random() * total, 0, n - 1)));
  return result;
}
