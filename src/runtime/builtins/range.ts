// Python 3 range and Python 2 xrange: PyRange, a lazy arithmetic sequence. The
// `range` builtin returns a PyRange in Python 3 and a list in Python 2; `xrange`
// is Python 2's lazy one. Bounds must be safe integers (a range past 2**53 is a
// clear OverflowError, not an imprecise sequence).

import { isPy2 } from "./dialect.js";
import { IndexError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { PyLong } from "./long.js";
import { keysEqual, tupleHash } from "./hash.js";
import { PyIterator } from "./iterProtocol.js";
import { PyList } from "./list.js";
import { NotImplemented } from "./notImplemented.js";
import { PySlice, sliceIndicesOf, itemIndex, toIndex } from "./slice.js";
import { PyTuple } from "./tuple.js";
import { registerBuiltinType, setTypeObject, typeName } from "./types.js";
import { repr } from "./repr.js";

export class PyRange {
  /** Number of items (CPython computes it once; so do we). */
  private readonly _length: number;

  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    if (step === 0) throw new ValueError(isPy2() ? "xrange() arg 3 must not be zero" : "range() arg 3 must not be zero");
    let n = 0;
    if (step > 0 && start < stop) n = Math.floor((stop - start - 1) / step) + 1;
    else if (step < 0 && start > stop) n = Math.floor((start - stop - 1) / -step) + 1;
    this._length = n;
  }

  __len__(): number {
    return this._length;
  }

  /** The i-th item (no bounds check). */
  at(i: number): number {
    return this.start + i * this.step;
  }

  __getitem__(key: unknown): number | PyRange {
    if (key instanceof PySlice) {
      if (isPy2()) throw new TypeError("sequence index must be integer, not 'slice'");
      const [start, stop, step] = sliceIndicesOf(key, this._length);
      return new PyRange(this.at(start), this.at(stop), this.step * step);
    }
    const kind = isPy2() ? "xrange" : "range";
    return this.at(itemIndex(key, this._length, kind, `${kind} object index out of range`));
  }

  /** `x in r`: arithmetic for ints (and equal floats), equality scan otherwise. */
  __contains__(value: unknown): boolean {
    let v: unknown = value;
    if (typeof v === "boolean") v = v ? 1 : 0;
    if (v instanceof PyFloat) v = v.value;
    if (typeof v === "number" && Number.isInteger(v)) {
      if (this._length === 0) return false;
      const last = this.at(this._length - 1);
      const inside = this.step > 0 ? v >= this.start && v <= last : v <= this.start && v >= last;
      return inside && (v - this.start) % this.step === 0;
    }
    if (typeof v === "number" || typeof v === "bigint") return false;
    for (let i = 0; i < this._length; i++) if (keysEqual(this.at(i), value)) return true;
    return false;
  }

  index(value: unknown): number {
    if (this.__contains__(value)) {
      for (let i = 0; i < this._length; i++) if (keysEqual(this.at(i), value)) return i;
    }
    throw new ValueError(`${repr(value)} is not in range`);
  }

  count(value: unknown): number {
    let n = 0;
    for (let i = 0; i < this._length; i++) if (keysEqual(this.at(i), value)) n++;
    return n;
  }

  [Symbol.iterator](): RangeIterator {
    return new RangeIterator(this.start, this.step, this._length);
  }

  __iter__(): RangeIterator {
    return this[Symbol.iterator]();
  }

  __reversed__(): RangeIterator {
    const n = this._length;
    return new RangeIterator(n === 0 ? this.start : this.at(n - 1), -this.step, n);
  }

  /** Python 3 ranges are equal when they are the same sequence; Python 2 xranges compare by identity. */
  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (!(other instanceof PyRange)) return NotImplemented;
    if (isPy2()) return this === other;
    if (this._length !== other._length) return false;
    if (this._length === 0) return true;
    if (this.start !== other.start) return false;
    return this._length === 1 || this.step === other.step;
  }

  __hash__(): number | bigint {
    const n = this._length;
    const h = tupleHash(PyTuple.of(n, n === 0 ? null : this.start, n <= 1 ? null : this.step));
    return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
  }

  /** py3 `range(0, 5)` / `range(1, 9, 2)`; py2 `xrange(5)`, with stop normalised to start + len*step. */
  __repr__(): string {
    if (!isPy2()) return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
    const stop = this.start + this._length * this.step;
    if (this.start === 0 && this.step === 1) return `xrange(${stop})`;
    return this.step === 1 ? `xrange(${this.start}, ${stop})` : `xrange(${this.start}, ${stop}, ${this.step})`;
  }

  toString(): string {
    return this.__repr__();
  }
}

export class RangeIterator extends PyIterator<number> {
  private _index = 0;

  constructor(
    private readonly _start: number,
    private readonly _step: number,
    private readonly _length: number,
  ) {
    super();
  }

  get pyTypeName(): string {
    return isPy2() ? "rangeiterator" : "range_iterator";
  }

  next(): IteratorResult<number> {
    if (this._index >= this._length) return { value: undefined, done: true };
    return { value: this._start + this._index++ * this._step, done: false };
  }
}

/** One range bound: an int (or __index__; Python 2: __int__) that fits in a safe integer. */
function bound(value: unknown, which: string, builtin: string): number {
  const i = isPy2() ? py2Bound(value, which, builtin) : toIndex(value, () => `'${typeName(value)}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") throw new OverflowError(`${builtin}() bounds beyond 2**53 are not supported`);
  return i;
}

/** Python 2.7 converts a bound with __int__ (not __index__); its messages differ per builtin and type. */
function py2Bound(value: unknown, which: string, builtin: string): number | bigint {
  const refuse = () => {
    if (builtin === "range") return `range() integer ${which} argument expected, got ${typeName(value)}.`;
    return typeName(value) === "float" ? "integer argument expected, got float" : "an integer is required";
  };
  if (value !== null && typeof value === "object" && !(value instanceof PyFloat) && !(value instanceof PyLong)) {
    const method = (value as any).__int__;
    if (typeof method !== "function") throw new TypeError(refuse());
    return toIndex(method.call(value), refuse);
  }
  return toIndex(value, refuse);
}

function rangeArgs(args: unknown[], builtin: string): [number, number, number] {
  if (args.length === 0 || args.length > 3) {
    throw new TypeError(
      args.length === 0 ? `${builtin} expected at least 1 argument, got 0` : `${builtin} expected at most 3 arguments, got ${args.length}`,
    );
  }
  if (args.length === 1) return [0, bound(args[0], "end", builtin), 1];
  const step = args.length === 3 ? bound(args[2], "step", builtin) : 1;
  return [bound(args[0], "start", builtin), bound(args[1], "end", builtin), step];
}

/** `range(stop)`, `range(start, stop[, step])`: a PyRange in Python 3, a list in Python 2. */
/** A range in Python 3, a list in Python 2 (typed any: emitted code treats it as Python does). */
export function range(...args: unknown[]): any {
  const [start, stop, step] = rangeArgs(args, "range");
  if (!isPy2()) return new PyRange(start, stop, step);
  if (step === 0) throw new ValueError("range() step argument must not be zero");
  const list = new PyList<number>();
  const r = new PyRange(start, stop, step);
  for (let i = 0; i < r.__len__(); i++) list.push(r.at(i));
  return list;
}

/**
 * The stop of `for i in range(n)` lowered to a counting loop: checked and
 * converted once, with range()'s errors (the emitted loop never builds the range).
 */
export function rangeStop(stop: unknown, builtin: "range" | "xrange"): number {
  return bound(stop, "end", builtin);
}

/** Python 2's `xrange(...)`: a lazy PyRange. */
export function xrange(...args: unknown[]): PyRange {
  const [start, stop, step] = rangeArgs(args, "xrange");
  return new PyRange(start, stop, step);
}

registerBuiltinType(range, { name: "range", check: (v) => v instanceof PyRange });
registerBuiltinType(xrange, { name: "xrange", check: (v) => v instanceof PyRange });
setTypeObject(PyRange, () => (isPy2() ? xrange : range));
