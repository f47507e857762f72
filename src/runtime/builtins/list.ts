// Python list: a JavaScript Array subclass carrying Python's list methods, so a
// method call on a list of unknown static type is a plain method call. Indexing,
// slicing (with steps, slice assignment and deletion), comparison and repr follow
// CPython's listobject.c.

import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { pyIterator } from "./iterProtocol.js";
import { sortItems, type SortOptions } from "./listSort.js";
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
import { isPy2 } from "./dialect.js";
import { itemIndex, PySlice, sliceIndicesOf, toIndex } from "./slice.js";
import { hasReflected } from "./tuple.js";
import { typeName } from "./types.js";

export class PyList<T = any> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** Array.of is very slow on subclasses (architecture.md §4); this is a plain loop. */
  // Python lists are heterogeneous: without explicit type arguments the element type is any.
  static override of<T = any>(...items: NoInfer<T>[]): PyList<T> {
    const list = new PyList<T>();
    for (let i = 0; i < items.length; i++) list.push(items[i]!);
    return list;
  }

  static fromArray<T>(items: ArrayLike<T>): PyList<T> {
    const list = new PyList<T>();
    for (let i = 0; i < items.length; i++) list.push(items[i]!);
    return list;
  }

  /** list(iterable) for any Python iterable (TypeError "'int' object is not iterable"). */
  static fromIterable<T>(items: unknown): PyList<T> {
    const list = new PyList<T>();
    if (Array.isArray(items)) {
      for (let i = 0; i < items.length; i++) list.push(items[i]);
      return list;
    }
    const it = pyIterator(items);
    for (let r = it.next(); !r.done; r = it.next()) list.push(r.value);
    return list;
  }

  /** list.__init__(iterable): a subclass's `super().__init__(items)` fills the list. */
  __init__(items?: unknown): null {
    const values = items === undefined ? [] : PyList.fromIterable<T>(items);
    this.length = 0;
    for (let i = 0; i < values.length; i++) this.push(values[i]!);
    return null;
  }

  append(item: T): null {
    this.push(item);
    return null;
  }

  /** Materialises `items` first, so `a.extend(a)` doubles the list once. */
  extend(items: unknown): null {
    const values = Array.isArray(items) ? items.slice() : PyList.fromIterable<T>(items);
    for (let i = 0; i < values.length; i++) this.push(values[i]);
    return null;
  }

  insert(index: unknown, item: T): null {
    const n = this.length;
    let i = toIndex(index, () => indexArgMessage(index));
    if (typeof i === "bigint") i = i < 0n ? 0 : n;
    if (i < 0) i = Math.max(0, i + n);
    this.splice(Math.min(i, n), 0, item);
    return null;
  }

  remove(value: unknown): null {
    const i = sequenceIndex(this, value);
    if (i < 0) throw new ValueError("list.remove(x): x not in list");
    this.splice(i, 1);
    return null;
  }

  /** pop(i=-1); IndexError "pop from empty list" / "pop index out of range". */
  override pop(index?: unknown): T {
    if (this.length === 0) throw new IndexError("pop from empty list");
    if (index === undefined) return super.pop()!;
    let i = toIndex(index, () => indexArgMessage(index));
    if (typeof i === "bigint") throw new IndexError("pop index out of range");
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) throw new IndexError("pop index out of range");
    return this.splice(i, 1)[0]!;
  }

  index(value: unknown, start?: unknown, stop?: unknown): number {
    const i = sequenceIndex(this, value, start, stop);
    if (i < 0) throw new ValueError(`${reprOf(value)} is not in list`);
    return i;
  }

  count(value: unknown): number {
    return sequenceCount(this, value);
  }

  clear(): null {
    this.length = 0;
    return null;
  }

  copy(): PyList<T> {
    return PyList.fromArray(this);
  }

  // @ts-expect-error Python's list.reverse() returns None, not the array.
  override reverse(): null {
    Array.prototype.reverse.call(this);
    return null;
  }

  /** sort(*, key=None, reverse=False); Python 2 also sort(cmp) and sort(cmp=...). */
  // @ts-expect-error Python's list.sort() takes keywords and returns None, not the array.
  override sort(options?: SortOptions | ((a: T, b: T) => unknown)): null {
    const items = Array.prototype.slice.call(this) as T[];
    sortItems(items, typeof options === "function" ? { cmp: options } : options);
    for (let i = 0; i < items.length; i++) this[i] = items[i]!;
    return null;
  }

  __len__(): number {
    return this.length;
  }

  __iter__(): IterableIterator<T> {
    return this[Symbol.iterator]();
  }

  __contains__(value: unknown): boolean {
    return sequenceContains(this, value);
  }

  __getitem__(key: unknown): T | PyList<T> {
    if (key instanceof PySlice) return sliceInto(this, key, new PyList<T>());
    return this[itemIndex(key, this.length, "list", "list index out of range")]!;
  }

  __setitem__(key: unknown, value: unknown): null {
    if (key instanceof PySlice) {
      assignSlice(this, key, value);
    } else {
      this[itemIndex(key, this.length, "list", "list assignment index out of range")] = value as T;
    }
    return null;
  }

  __delitem__(key: unknown): null {
    if (key instanceof PySlice) {
      deleteSlice(this, key);
    } else {
      this.splice(itemIndex(key, this.length, "list", "list assignment index out of range"), 1);
    }
    return null;
  }

  __add__(other: unknown): PyList<T> | typeof NotImplemented {
    if (other instanceof PyList) {
      const result = PyList.fromArray<T>(this);
      for (let i = 0; i < other.length; i++) result.push(other[i]);
      return result;
    }
    if (hasReflected(other, "__radd__")) return NotImplemented;
    return concatError("list", other);
  }

  /** `a += iterable` extends in place with any iterable. */
  __iadd__(other: unknown): this {
    this.extend(other);
    return this;
  }

  __mul__(n: unknown): PyList<T> {
    return repeatInto(this, repeatCount(n), new PyList<T>());
  }

  __rmul__(n: unknown): PyList<T> {
    return this.__mul__(n);
  }

  __imul__(n: unknown): this {
    const items = Array.prototype.slice.call(this) as T[];
    this.length = 0;
    repeatInto(items, repeatCount(n), this);
    return this;
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyList ? sequenceEquals(this, other) : NotImplemented;
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyList ? !sequenceEquals(this, other) : NotImplemented;
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyList ? sequenceOrder(this, other, "lt") : NotImplemented;
  }

  __le__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyList ? sequenceOrder(this, other, "le") : NotImplemented;
  }

  __gt__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyList ? sequenceOrder(this, other, "gt") : NotImplemented;
  }

  __ge__(other: unknown): boolean | typeof NotImplemented {
    return other instanceof PyList ? sequenceOrder(this, other, "ge") : NotImplemented;
  }

  __hash__(): never {
    throw new TypeError(`unhashable type: '${typeName(this)}'`);
  }

  /** `[1, 'a', 2.0]`; a list reached again while printing itself shows `[...]`. */
  __repr__(): string {
    return guardedRepr(this, "[...]", () => `[${joinReprs(this)}]`);
  }

  override toString(): string {
    return this.__repr__();
  }
}

function indexArgMessage(index: unknown): string {
  return isPy2() ? "an integer is required" : `'${typeName(index)}' object cannot be interpreted as an integer`;
}

function reprOf(value: unknown): string {
  return joinReprs([value]);
}

/** `a[i:j] = items` (any length) or `a[i:j:k] = items` (exactly as many as the slice selects). */
function assignSlice<T>(list: PyList<T>, slice: PySlice, value: unknown): void {
  const [start, stop, step, count] = sliceIndicesOf(slice, list.length);
  if (step === 1) {
    const items = iterableItems<T>(value, "can only assign an iterable");
    replaceRange(list, start, Math.max(0, stop - start), items);
    return;
  }
  const items = iterableItems<T>(value, "must assign iterable to extended slice");
  if (items.length !== count) {
    throw new ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) list[j] = items[i]!;
}

function deleteSlice<T>(list: PyList<T>, slice: PySlice): void {
  const [start, stop, step, count] = sliceIndicesOf(slice, list.length);
  if (step === 1) {
    replaceRange(list, start, Math.max(0, stop - start), []);
    return;
  }
  // Delete from the highest index down so earlier positions stay valid.
  const first = step > 0 ? start + (count - 1) * step : start;
  const stride = Math.abs(step);
  for (let i = 0, j = first; i < count; i++, j -= stride) list.splice(j, 1);
}

/** The items of an iterable value, or TypeError `message` when it is not iterable. */
function iterableItems<T>(value: unknown, message: string): T[] {
  if (Array.isArray(value)) return value.slice();
  let it: Iterator<any>;
  try {
    it = pyIterator(value);
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(message);
    throw error;
  }
  const items: T[] = [];
  for (let r = it.next(); !r.done; r = it.next()) items.push(r.value);
  return items;
}

/** splice(start, deleteCount, ...items) without spreading a large array into arguments. */
function replaceRange<T>(list: PyList<T>, start: number, deleteCount: number, items: T[]): void {
  if (items.length < 1024) {
    list.splice(start, deleteCount, ...items);
    return;
  }
  const tail = list.slice(start + deleteCount);
  list.length = start;
  for (let i = 0; i < items.length; i++) list.push(items[i]!);
  for (let i = 0; i < tail.length; i++) list.push(tail[i]!);
}
