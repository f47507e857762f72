// Set algebra, step for step as CPython's setobject.c does it (2.7 and 3.11 agree
// except where noted), because which table a result is built in, in what order
// and with which up-front resize decides the result's iteration order.

import { isPy2 } from "./dialect.js";
import { PyDict } from "./dict.js";
import { pyHash64 } from "./hash.js";
import { ProbeTable } from "./hashTable.js";
import { pyIterator } from "./iterProtocol.js";
import { PyAnySet, PyFrozenSet, PySet } from "./set.js";

/** A new empty set of the same base kind (CPython 3 make_new_set_basetype). */
function emptyLike<T>(so: PyAnySet<T>): PyAnySet<T> {
  return so instanceof PyFrozenSet ? new PyFrozenSet<T>() : new PySet<T>();
}

function isExactDict(value: unknown): value is PyDict {
  return value instanceof PyDict && value.constructor === PyDict;
}

/** Calls `visit(slot)` for each active slot of `t`, in slot order. */
function forEachSlot(t: ProbeTable, visit: (slot: number) => void): void {
  for (let slot = 0; slot <= t.mask; slot++) if (t.isActive(slot)) visit(slot);
}

/** set_merge: adds every element of `other` (a set) with one up-front resize. */
function merge(so: PyAnySet, other: PyAnySet): void {
  const o = other._table;
  if (other === so || o.used === 0) return;
  so._table.presizeFor(o.used);
  const t = so._table;
  if (t.flavor === "py3set" && t.fill === 0) {
    // Python 3 copies slots verbatim into an empty table of the same size without
    // dummies, and otherwise inserts into the empty table without lookups.
    if (t.mask === o.mask && o.fill === o.used) t.copySlotsFrom(o);
    else forEachSlot(o, (slot) => t.addClean(o.norms[slot], o.keys[slot], o.hashHi[slot]!, o.hashLo[slot]!));
    if (other._hashed !== null) so._indexHashedKeys();
    return;
  }
  // Python 2 inserts without growth checks (set_insert_key); Python 3 uses set_add_entry.
  const grow = t.flavor === "py3set";
  forEachSlot(o, (slot) => so._addEntry(o.norms[slot], o.keys[slot], o.hashHi[slot]!, o.hashLo[slot]!, grow));
}

/** set_update_internal: a set merges; an exact dict presizes and adds its keys; else add one by one. */
export function updateFrom(so: PyAnySet, other: unknown): void {
  if (other instanceof PyAnySet) return merge(so, other);
  if (isExactDict(other)) {
    const keys = other.keyArray();
    so._table.presizeFor(keys.length);
    for (const key of keys) {
      const h = pyHash64(key);
      so._addEntry(so._norm(key, true), key, h.hi, h.lo);
    }
    return;
  }
  const it = pyIterator(other);
  for (let r = it.next(); !r.done; r = it.next()) so._add(r.value);
}

export function copySet<T>(so: PyAnySet<T>): PyAnySet<T> {
  const result = emptyLike(so);
  merge(result, so);
  return result;
}

/** set.union(*others) and `|`: a copy, then each other merged in. */
export function union<T>(so: PyAnySet<T>, others: unknown[]): PyAnySet<T> {
  const result = copySet(so);
  for (const other of others) if (other !== so) updateFrom(result, other);
  return result;
}

/** set_intersection: iterates the smaller set (or the iterable), keeping elements the other holds. */
export function intersection<T>(so: PyAnySet<T>, other: unknown): PyAnySet<T> {
  if (other === so) return copySet(so);
  const result = emptyLike(so);
  if (other instanceof PyAnySet) {
    let big: PyAnySet = so;
    let small: PyAnySet = other;
    if (small.__len__() > big.__len__()) [big, small] = [small, big];
    const s = small._table;
    forEachSlot(s, (slot) => {
      if (big._hasEntry(s.norms[slot], s.keys[slot], s.hashHi[slot]!, s.hashLo[slot]!)) {
        result._addEntry(s.norms[slot], s.keys[slot], s.hashHi[slot]!, s.hashLo[slot]!);
      }
    });
    return result;
  }
  const it = pyIterator(other);
  for (let r = it.next(); !r.done; r = it.next()) {
    if (so.__contains__(r.value)) result._add(r.value);
  }
  return result;
}

export function intersectionMulti<T>(so: PyAnySet<T>, others: unknown[]): PyAnySet<T> {
  if (others.length === 0) return copySet(so);
  let result: PyAnySet<T> = so;
  for (const other of others) result = intersection(result, other);
  return result;
}

/** set_difference: elements of `so` not in `other`. */
export function difference<T>(so: PyAnySet<T>, other: unknown): PyAnySet<T> {
  let otherSize: number;
  if (other instanceof PyAnySet) otherSize = other.__len__();
  else if (isExactDict(other)) otherSize = other.__len__();
  else return copyAndDifference(so, other);
  // Python 3 copies a much larger set instead of rebuilding it.
  if (!isPy2() && so.__len__() >> 2 > otherSize) return copyAndDifference(so, other);
  const result = emptyLike(so);
  const t = so._table;
  forEachSlot(t, (slot) => {
    const key = t.keys[slot];
    const present =
      other instanceof PyAnySet ? other._hasEntry(t.norms[slot], key, t.hashHi[slot]!, t.hashLo[slot]!) : (other as PyDict).__contains__(key);
    if (!present) result._addEntry(t.norms[slot], key, t.hashHi[slot]!, t.hashLo[slot]!);
  });
  return result;
}

function copyAndDifference<T>(so: PyAnySet<T>, other: unknown): PyAnySet<T> {
  const result = copySet(so);
  differenceUpdate(result, other);
  return result;
}

export function differenceMulti<T>(so: PyAnySet<T>, others: unknown[]): PyAnySet<T> {
  if (others.length === 0) return copySet(so);
  const result = difference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i]);
  return result;
}

/** set_difference_update_internal: discards, then rebuilds the table if dummies pile up. */
export function differenceUpdate(so: PyAnySet, other: unknown): void {
  if (so === other) {
    so._table.clear();
    so._hashed = null;
    return;
  }
  if (other instanceof PyAnySet) {
    const o = other._table;
    forEachSlot(o, (slot) => {
      const own = so._slotOfEntry(o.norms[slot], o.keys[slot], o.hashHi[slot]!, o.hashLo[slot]!);
      if (own >= 0) so._removeSlot(own);
    });
  } else {
    const it = pyIterator(other);
    for (let r = it.next(); !r.done; r = it.next()) so._discard(r.value);
  }
  const t = so._table;
  const dummies = t.fill - t.used;
  const rebuild = isPy2() ? dummies * 5 >= t.mask : dummies > Math.floor(t.mask / 4);
  if (rebuild) t.resize(t.growTarget());
}

/** set_symmetric_difference_update: each element of `other` is removed if present, else added. */
export function symmetricDifferenceUpdate(so: PyAnySet, other: unknown): void {
  if (so === other) {
    so._table.clear();
    so._hashed = null;
    return;
  }
  if (isExactDict(other)) {
    for (const key of other.keyArray()) {
      const h = pyHash64(key);
      const norm = so._norm(key, true);
      const own = so._slotOfEntry(norm, key, h.hi, h.lo);
      if (own >= 0) so._removeSlot(own);
      else so._addEntry(norm, key, h.hi, h.lo);
    }
    return;
  }
  const otherSet = other instanceof PyAnySet ? other : fromIterableLike(so, other);
  const o = otherSet._table;
  forEachSlot(o, (slot) => {
    const own = so._slotOfEntry(o.norms[slot], o.keys[slot], o.hashHi[slot]!, o.hashLo[slot]!);
    if (own >= 0) so._removeSlot(own);
    else so._addEntry(o.norms[slot], o.keys[slot], o.hashHi[slot]!, o.hashLo[slot]!);
  });
}

function fromIterableLike<T>(so: PyAnySet<T>, items: unknown): PyAnySet<T> {
  const result = emptyLike(so);
  updateFrom(result, items);
  return result;
}

/** set_symmetric_difference: a new set from `other`, updated with `so`. */
export function symmetricDifference<T>(so: PyAnySet<T>, other: unknown): PyAnySet<T> {
  const result = fromIterableLike(so, other);
  symmetricDifferenceUpdate(result, so);
  return result;
}

export function isSubset(so: PyAnySet, other: unknown): boolean {
  if (!(other instanceof PyAnySet)) return isSubset(so, PySet.fromIterable(other));
  if (so.__len__() > other.__len__()) return false;
  const t = so._table;
  for (let slot = 0; slot <= t.mask; slot++) {
    if (t.isActive(slot) && !other._hasEntry(t.norms[slot], t.keys[slot], t.hashHi[slot]!, t.hashLo[slot]!)) return false;
  }
  return true;
}

export function isSuperset(so: PyAnySet, other: unknown): boolean {
  if (!(other instanceof PyAnySet)) return isSuperset(so, PySet.fromIterable(other));
  return isSubset(other, so);
}

export function isDisjoint(so: PyAnySet, other: unknown): boolean {
  if (other === so) return so.__len__() === 0;
  if (other instanceof PyAnySet) {
    const [big, small] = other.__len__() > so.__len__() ? [other, so] : [so, other];
    const t = small._table;
    for (let slot = 0; slot <= t.mask; slot++) {
      if (t.isActive(slot) && big._hasEntry(t.norms[slot], t.keys[slot], t.hashHi[slot]!, t.hashLo[slot]!)) return false;
    }
    return true;
  }
  const it = pyIterator(other);
  for (let r = it.next(); !r.done; r = it.next()) if (so.__contains__(r.value)) return false;
  return true;
}
