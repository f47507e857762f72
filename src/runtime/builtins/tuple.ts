// Python tuple: an Array subclass, distinguishable from a list at run time.
// Our code never mutates a tuple after building it. It has no __setitem__ or
// __delitem__, as in CPython: `t[0] = 1` and `del t[0]` are TypeErrors from
// setitem/delitem (subscript.ts), `t.__setitem__` an AttributeError.
// Hashable (CPython's tuple hash, hash.ts).

import { ValueError } from "./exceptions.js";
import { tupleHash } from "./hash.js";
import { NotImplemented } from "./notImplemented.js";
import { guardedRepr } from "./reprGuard.js";
import {
  concatError,
  joinReprs,
  repeatCount,
  repeatInto,
  sequenceContains,
  sequenceCount,
  sequenceEquals,
  sequenceIndex,
  sequenceOrder,
  sliceInto,
} from "./sequence.js";
import { itemIndex, PySlice } from "./slice.js";

export class PyTuple<T = any> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /**
   * Array.of is very slow on subclasses (architecture.md §4); this is a plain loop,
   * of indexed stores: push() on an Array subclass takes V8's slow path too (a
   * 3-tuple: 155 ns with push, 14 ns with stores; bench/ipc's producers build one per put).
   */
  static override of<T = any>(...items: NoInfer<T>[]): PyTuple<T> {
    const tuple = new PyTuple<T>();
    for (let i = 0; i < items.length; i++) tuple[i] = items[i]!;
    return tuple;
  }

  static fromArray<T>(items: ArrayLike<T>): PyTuple<T> {
    const tuple = new PyTuple<T>();
    for (let i = 0; i < items.length; i++) tuple[i] = items[i]!;
    return tuple;
  }

  static fromIterable<T>(items: Iterable<T>): PyTuple<T> {
    const tuple = new PyTuple<T>();
    for (const item of items) tuple.push(item);
    return tuple;
  }

  __len__(): number {
    return this.length;
  }

  __getitem__(key: unknown): T | PyTuple<T> {
    if (key instanceof PySlice) return sliceInto(this, key, new PyTuple<T>());
    return this[itemIndex(key, this.length, "tuple", "tuple index out of range")]!;
  }

  __contains__(value: unknown): boolean {
    return sequenceContains(this, value);
  }

  __iter__(): IterableIterator<T> {
    return this[Symbol.iterator]();
  }

  index(value: unknown, start?: unknown, stop?: unknown): number {
    const i = sequenceIndex(this, value, start, stop);
    if (i < 0) throw new ValueError("tuple.index(x): x not in tuple");
    return i;
  }

  count(value: unknown): number {
    return sequenceCount(this, value);
  }

  __add__(other: unknown): PyTuple<T> | typeof NotImplemented {
    if (other instanceof PyTuple) {
      const result = PyTuple.fromArray<T>(this);
      for (let i = 0; i < other.length; i++) result.push(other[i]);
      return result;
    }
    if (hasReflected(other, "__radd__")) return NotImplemented;
    return concatError("tuple", other);
  }

  __mul__(n: unknown): PyTuple<T> {
    return repeatInto(this, repeatCount(n), new PyTuple<T>());
  }

  __rmul__(n: unknown): PyTuple<T> {
    return this.__mul__(n);
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyTuple ? sequenceEquals(this, other) : NotImplemented;
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyTuple ? !sequenceEquals(this, other) : NotImplemented;
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyTuple ? sequenceOrder(this, other, "lt") : NotImplemented;
  }

  __le__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyTuple ? sequenceOrder(this, other, "le") : NotImplemented;
  }

  __gt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyTuple ? sequenceOrder(this, other, "gt") : NotImplemented;
  }

  __ge__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyTuple ? sequenceOrder(this, other, "ge") : NotImplemented;
  }

  __hash__(): number | bigint {
    const h = tupleHash(this);
    return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
  }

  /** `()`, `(1,)`, `(1, 2)`; a tuple reached again while printing itself shows `(...)`. */
  __repr__(): string {
    return guardedRepr(this, "(...)", () => (this.length === 1 ? `(${joinReprs(this)},)` : `(${joinReprs(this)})`));
  }

  override toString(): string {
    return this.__repr__();
  }
}

/** True when `other` is a user object offering the reflected operation (so `+` must let it try). */
export function hasReflected(other: unknown, name: string): boolean {
  return other !== null && typeof other === "object" && !Array.isArray(other) && typeof (other as any)[name] === "function";
}
