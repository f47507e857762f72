// Python set and frozenset. Elements live in a ProbeTable that mirrors CPython's
// own table (2.7 or 3.11 setobject.c), so iteration and repr come out in CPython's
// order; membership uses the table's JS Map. The set algebra (union, difference,
// ...) follows CPython's algorithms step by step in setOps.ts.

import { isPy2 } from "./dialect.js";
import { KeyError, RuntimeError, TypeError } from "./exceptions.js";
import { frozensetHash, HASHED_KEY, pyHash64, simpleKey, type Hash64 } from "./hash.js";
import { ProbeTable } from "./hashTable.js";
import { PyIterator } from "./iterProtocol.js";
import { KeyBuckets } from "./keyBuckets.js";
import { NotImplemented } from "./notImplemented.js";
import { repr } from "./repr.js";
import { guardedRepr } from "./reprGuard.js";
import * as ops from "./setOps.js";
import { className, type } from "./types.js";

/** The hash PyAnySet._norm computed for its last hashed element (null for simple ones). */
let lastHash: Hash64 | null = null;
const MISSING = Symbol("missing");

/** What set and frozenset share (CPython's PyAnySet): storage, lookup, iteration, comparison. */
export abstract class PyAnySet<T = any> {
  _table = new ProbeTable(isPy2() ? "py2" : "py3set", false);
  _hashed: KeyBuckets | null = null;

  __len__(): number {
    return this._table.used;
  }

  /** The Map key of `key` (MISSING when absent and not adding); a mutable set is looked up as a frozenset. */
  _norm(key: unknown, adding: boolean): unknown {
    lastHash = null;
    if (!adding && key instanceof PySet) key = PyFrozenSet.fromSet(key);
    const simple = simpleKey(key);
    if (simple !== HASHED_KEY) return simple;
    const h = (lastHash = pyHash64(key));
    const own = this._hashed?.find(key, h);
    if (own !== undefined) return own;
    return adding ? key : MISSING;
  }

  __contains__(key: unknown): boolean {
    const norm = this._norm(key, false);
    return norm !== MISSING && this._table.positions.has(norm);
  }

  /** set_add_key: adds `key` unless an equal element is present. */
  _add(key: unknown): void {
    const norm = this._norm(key, true);
    if (this._table.positions.has(norm)) return;
    const hash = lastHash ?? pyHash64(key);
    if (lastHash !== null) (this._hashed ??= new KeyBuckets()).add(key, hash);
    this._table.add(norm, key, null, hash);
  }

  /** True when an element equal to another table's entry is present (set_contains_entry). */
  _hasEntry(norm: unknown, key: unknown, hi: number, lo: number): boolean {
    if (this._table.positions.has(norm)) return true;
    return this._hashed !== null && typeof norm === "object" && this._hashed.find(key, { hi, lo }) !== undefined;
  }

  /** The slot of an element equal to another table's entry, or -1. */
  _slotOfEntry(norm: unknown, key: unknown, hi: number, lo: number): number {
    let own = norm;
    if (!this._table.positions.has(norm) && this._hashed !== null && typeof norm === "object") {
      own = this._hashed.find(key, { hi, lo });
    }
    const slot = own === undefined ? undefined : this._table.positions.get(own);
    return slot === undefined ? -1 : slot;
  }

  /** set_add_entry: adds an entry known by hash, growing as CPython does. */
  _addEntry(norm: unknown, key: unknown, hi: number, lo: number, grow = true): void {
    if (this._hasEntry(norm, key, hi, lo)) return;
    if (typeof key === "object" && key !== null && simpleKey(key) === HASHED_KEY) {
      (this._hashed ??= new KeyBuckets()).add(key, { hi, lo });
    }
    if (grow) this._table.add(norm, key, null, { hi, lo });
    else this._table.addNoGrow(norm, key, null, hi, lo);
  }

  /** Records hashed elements that arrived by slot copying (set_merge's fast paths). */
  _indexHashedKeys(): void {
    const t = this._table;
    for (let slot = 0; slot <= t.mask; slot++) {
      const key = t.keys[slot];
      if (t.isActive(slot) && typeof key === "object" && key !== null && simpleKey(key) === HASHED_KEY) {
        (this._hashed ??= new KeyBuckets()).add(key, { hi: t.hashHi[slot]!, lo: t.hashLo[slot]! });
      }
    }
  }

  /** Removes the element in `slot`. */
  _removeSlot(slot: number): void {
    if (this._hashed !== null) this._hashed.remove(this._table.norms[slot]);
    this._table.remove(slot);
  }

  /** set_discard_key: removes `key` if present; true when it was. */
  _discard(key: unknown): boolean {
    const norm = this._norm(key, false);
    const slot = norm === MISSING ? undefined : this._table.positions.get(norm);
    if (slot === undefined) return false;
    this._removeSlot(slot);
    return true;
  }

  /**
   * Takes over another set's table (CPython set_swap_bodies for the *_update
   * methods). Python 3's pop finger is a field of the set object, not of its
   * table, so it stays; Python 2 keeps it in the table, so it moves.
   */
  _takeBody(other: PyAnySet): void {
    const finger = this._table.finger;
    this._table = other._table;
    this._table.finger = finger;
    this._hashed = other._hashed;
  }

  [Symbol.iterator](): SetIterator<T> {
    return new SetIterator(this);
  }

  __iter__(): SetIterator<T> {
    return new SetIterator(this);
  }

  /** Adds every element of an iterable (CPython set_update_internal). */
  _updateFrom(items: unknown): void {
    ops.updateFrom(this, items);
  }

  /** Elements in iteration order (a snapshot, for runtime code). */
  elementArray(): T[] {
    const t = this._table;
    const out: T[] = [];
    for (let slot = 0; slot <= t.mask; slot++) if (t.isActive(slot)) out.push(t.keys[slot] as T);
    return out;
  }

  copy(): PyAnySet<T> {
    return ops.copySet(this);
  }

  union(...others: unknown[]): PyAnySet<T> {
    return ops.union(this, others);
  }

  intersection(...others: unknown[]): PyAnySet<T> {
    return ops.intersectionMulti(this, others);
  }

  difference(...others: unknown[]): PyAnySet<T> {
    return ops.differenceMulti(this, others);
  }

  symmetric_difference(other: unknown): PyAnySet<T> {
    return ops.symmetricDifference(this, other);
  }

  issubset(other: unknown): boolean {
    return ops.isSubset(this, other);
  }

  issuperset(other: unknown): boolean {
    return ops.isSuperset(this, other);
  }

  isdisjoint(other: unknown): boolean {
    return ops.isDisjoint(this, other);
  }

  __or__(other: unknown): PyAnySet<T> | typeof NotImplemented {
    return other instanceof PyAnySet ? ops.union(this, [other]) : NotImplemented;
  }

  __and__(other: unknown): PyAnySet<T> | typeof NotImplemented {
    return other instanceof PyAnySet ? ops.intersection(this, other) : NotImplemented;
  }

  __sub__(other: unknown): PyAnySet<T> | typeof NotImplemented {
    return other instanceof PyAnySet ? ops.difference(this, other) : NotImplemented;
  }

  __xor__(other: unknown): PyAnySet<T> | typeof NotImplemented {
    return other instanceof PyAnySet ? ops.symmetricDifference(this, other) : NotImplemented;
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (!(other instanceof PyAnySet)) return isPy2() ? false : NotImplemented;
    return this.__len__() === other.__len__() && ops.isSubset(this, other);
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    const result = this.__eq__(other);
    return result === NotImplemented ? result : !result;
  }

  __le__(other: unknown): boolean | typeof NotImplemented {
    return this._compare(other, () => ops.isSubset(this, other));
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return this._compare(other, () => this.__len__() < (other as PyAnySet).__len__() && ops.isSubset(this, other));
  }

  __ge__(other: unknown): boolean | typeof NotImplemented {
    return this._compare(other, () => ops.isSuperset(this, other));
  }

  __gt__(other: unknown): boolean | typeof NotImplemented {
    return this._compare(other, () => this.__len__() > (other as PyAnySet).__len__() && ops.isSuperset(this, other));
  }

  /** Ordering against a non-set is NotImplemented (Python 2's fallback comparison then decides). */
  private _compare(other: unknown, test: () => boolean): boolean | typeof NotImplemented {
    return other instanceof PyAnySet ? test() : NotImplemented;
  }

  /** py3 `{1, 2}` / `set()` / `frozenset({1})`; py2 `set([1, 2])` / `frozenset([1])`. */
  __repr__(): string {
    const name = className(type(this));
    return guardedRepr(this, `${name}(...)`, () => {
      const items = this.elementArray().map((item) => repr(item)).join(", ");
      if (isPy2()) return `${name}([${items}])`;
      if (items === "") return `${name}()`;
      return this.constructor === PySet ? `{${items}}` : `${name}({${items}})`;
    });
  }

  toString(): string {
    return this.__repr__();
  }
}

export class PySet<T = any> extends PyAnySet<T> {
  /** `{a, b, c}`: elements added in order (BUILD_SET). For a display of constants use ofConstants. */
  static of<T = any>(...items: NoInfer<T>[]): PySet<T> {
    const set = new PySet<T>();
    for (let i = 0; i < items.length; i++) set._add(items[i]);
    return set;
  }

  /**
   * A display of three or more constants, `{1, 2, 3}`: CPython 3 compiles it to a
   * frozenset constant merged into an empty set, which can lay the table out
   * differently from adding one by one. Python 2 adds one by one. (The lowering
   * makes the constant once per module, analyze/setConstants.ts, and emits
   * `PySet.fromIterable(constant)`; this is the same for one display.)
   */
  static ofConstants<T = any>(...items: NoInfer<T>[]): PySet<T> {
    if (isPy2() || items.length <= 2) return PySet.of(...items);
    return PySet.fromIterable<T>(PyFrozenSet.ofConstants<T>(...items));
  }

  static fromIterable<T>(items: unknown): PySet<T> {
    const set = new PySet<T>();
    ops.updateFrom(set, items);
    return set;
  }

  /** set.__init__(iterable): a subclass's `super().__init__(items)`. */
  __init__(items?: unknown): null {
    this._table.clear();
    this._hashed = null;
    if (items !== undefined) ops.updateFrom(this, items);
    return null;
  }

  add(item: T): null {
    this._add(item);
    return null;
  }

  discard(item: unknown): null {
    this._discard(item);
    return null;
  }

  remove(item: unknown): null {
    if (!this._discard(item)) throw new KeyError(item);
    return null;
  }

  pop(): T {
    const slot = this._table.popSlot();
    if (slot < 0) throw new KeyError("pop from an empty set");
    const key = this._table.keys[slot] as T;
    this._removeSlot(slot);
    this._table.afterPop(slot);
    return key;
  }

  clear(): null {
    this._table.clear();
    this._hashed = null;
    return null;
  }

  update(...others: unknown[]): null {
    for (const other of others) ops.updateFrom(this, other);
    return null;
  }

  intersection_update(...others: unknown[]): null {
    this._takeBody(ops.intersectionMulti(this, others));
    return null;
  }

  difference_update(...others: unknown[]): null {
    for (const other of others) ops.differenceUpdate(this, other);
    return null;
  }

  symmetric_difference_update(other: unknown): null {
    ops.symmetricDifferenceUpdate(this, other);
    return null;
  }

  __ior__(other: unknown): this | typeof NotImplemented {
    if (!(other instanceof PyAnySet)) return NotImplemented;
    ops.updateFrom(this, other);
    return this;
  }

  __iand__(other: unknown): this | typeof NotImplemented {
    if (!(other instanceof PyAnySet)) return NotImplemented;
    this._takeBody(ops.intersection(this, other));
    return this;
  }

  __isub__(other: unknown): this | typeof NotImplemented {
    if (!(other instanceof PyAnySet)) return NotImplemented;
    ops.differenceUpdate(this, other);
    return this;
  }

  __ixor__(other: unknown): this | typeof NotImplemented {
    if (!(other instanceof PyAnySet)) return NotImplemented;
    ops.symmetricDifferenceUpdate(this, other);
    return this;
  }

  __hash__(): never {
    throw new TypeError(`unhashable type: '${className(type(this))}'`);
  }
}

export class PyFrozenSet<T = any> extends PyAnySet<T> {
  private _hash: number | bigint | null = null;

  /**
   * A frozenset constant of CPython 3's compiler (`{1, 2, 3}` is built from one,
   * `for x in {1, 2}` iterates one): built from the tuple of the items, then again
   * from that frozenset's elements when the compiler merges constants (compile.c
   * merge_consts_recursive), which can move colliding items.
   */
  static ofConstants<T = any>(...items: NoInfer<T>[]): PyFrozenSet<T> {
    return PyFrozenSet.fromIterable<T>(PyFrozenSet.fromIterable<T>(items).elementArray());
  }

  static fromIterable<T>(items: unknown): PyFrozenSet<T> {
    const set = new PyFrozenSet<T>();
    ops.updateFrom(set, items);
    return set;
  }

  /** A frozenset with a set's elements (how `s in set_of_frozensets` looks up a set). */
  static fromSet<T>(source: PyAnySet<T>): PyFrozenSet<T> {
    const set = new PyFrozenSet<T>();
    ops.updateFrom(set, source);
    return set;
  }

  /** frozenset.copy() of an exact frozenset is the frozenset itself. */
  override copy(): PyAnySet<T> {
    return this.constructor === PyFrozenSet ? this : super.copy();
  }

  __hash__(): number | bigint {
    if (this._hash === null) {
      const t = this._table;
      const hashes: Hash64[] = [];
      for (let slot = 0; slot <= t.mask; slot++) if (t.isActive(slot)) hashes.push({ hi: t.hashHi[slot]!, lo: t.hashLo[slot]! });
      const h = frozensetHash(hashes, t.used);
      this._hash = h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
    }
    return this._hash;
  }
}

/** Iteration in table order; RuntimeError "Set changed size during iteration". */
export class SetIterator<T> extends PyIterator<T> {
  private _slot = 0;
  private _expected: number;
  private _set: PyAnySet<T> | null;

  constructor(set: PyAnySet<T>) {
    super();
    this._set = set;
    this._expected = set.__len__();
  }

  get pyTypeName(): string {
    return isPy2() ? "setiterator" : "set_iterator";
  }

  next(): IteratorResult<T> {
    const set = this._set;
    if (set === null) return { value: undefined, done: true };
    if (set.__len__() !== this._expected) {
      this._expected = -1;
      throw new RuntimeError("Set changed size during iteration");
    }
    const t = set._table;
    let slot = this._slot;
    while (slot <= t.mask && !t.isActive(slot)) slot++;
    if (slot > t.mask) {
      this._set = null;
      return { value: undefined, done: true };
    }
    this._slot = slot + 1;
    return { value: t.keys[slot] as T, done: false };
  }
}
