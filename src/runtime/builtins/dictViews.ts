// dict iterators and views. Views (Python 3 keys()/values()/items(), Python 2
// viewkeys()...) are live; keys and items views are set-like (`&`, `|`, `-`, `^`
// give sets, comparisons are subset tests). Iterators raise CPython's
// RuntimeError when the dict changes size under them.

import { isPy2 } from "./dialect.js";
import type { PyDict } from "./dict.js";
import { RuntimeError } from "./exceptions.js";
import { keysEqual } from "./hash.js";
import { PyIterator } from "./iterProtocol.js";
import { NotImplemented } from "./notImplemented.js";
import { repr } from "./repr.js";
import { guardedRepr } from "./reprGuard.js";
import { PyAnySet, PySet } from "./set.js";
import * as ops from "./setOps.js";
import { PyTuple } from "./tuple.js";
import { registerBuiltinType } from "./types.js";

/** Steps through a dict's store; what each step yields is the subclass's business. */
abstract class DictIterator<T> extends PyIterator<T> {
  private _position = 0;
  private _expected: number;
  private _remaining: number;
  private _dict: PyDict | null;

  constructor(dict: PyDict) {
    super();
    this._dict = dict;
    this._expected = dict.__len__();
    this._remaining = this._expected;
  }

  protected abstract yieldAt(dict: PyDict, position: number): T;

  next(): IteratorResult<T> {
    const dict = this._dict;
    if (dict === null) return { value: undefined, done: true };
    const store = dict._store;
    if (store.used !== this._expected) {
      this._expected = -1;
      throw new RuntimeError("dictionary changed size during iteration");
    }
    let position = this._position;
    while (position < store.size && !store.isActive(position)) position++;
    if (position >= store.size) {
      this._dict = null;
      return { value: undefined, done: true };
    }
    if (this._remaining === 0 && !isPy2()) {
      this._dict = null;
      throw new RuntimeError("dictionary keys changed during iteration");
    }
    this._remaining--;
    this._position = position + 1;
    return { value: this.yieldAt(dict, position), done: false };
  }
}

export class DictKeyIterator<K> extends DictIterator<K> {
  get pyTypeName(): string {
    return isPy2() ? "dictionary-keyiterator" : "dict_keyiterator";
  }

  protected yieldAt(dict: PyDict, position: number): K {
    return dict._store.keys[position] as K;
  }
}

export class DictValueIterator<V> extends DictIterator<V> {
  get pyTypeName(): string {
    return isPy2() ? "dictionary-valueiterator" : "dict_valueiterator";
  }

  protected yieldAt(dict: PyDict, position: number): V {
    return dict._store.values![position] as V;
  }
}

export class DictItemIterator<K = unknown, V = unknown> extends DictIterator<PyTuple> {
  get pyTypeName(): string {
    return isPy2() ? "dictionary-itemiterator" : "dict_itemiterator";
  }

  protected yieldAt(dict: PyDict, position: number): PyTuple {
    return PyTuple.of<K | V>(dict._store.keys[position] as K, dict._store.values![position] as V);
  }
}

abstract class DictView<T> {
  constructor(readonly _dict: PyDict) {}

  protected abstract get viewName(): string;

  abstract [Symbol.iterator](): PyIterator<T>;

  __iter__(): PyIterator<T> {
    return this[Symbol.iterator]();
  }

  __len__(): number {
    return this._dict.__len__();
  }

  /** `dict_keys(['a', 'b'])`. */
  __repr__(): string {
    return guardedRepr(this, "...", () => `${this.viewName}([${[...this].map((v) => repr(v)).join(", ")}])`);
  }

  toString(): string {
    return this.__repr__();
  }
}

/** keys() and items() views behave like sets. */
abstract class SetLikeView<T> extends DictView<T> {
  abstract __contains__(value: unknown): boolean;

  private _asSet(): PySet {
    return PySet.fromIterable(this);
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (!isSetLike(other)) return NotImplemented;
    return this.__len__() === lengthOf(other) && allContained(this, other);
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    const result = this.__eq__(other);
    return result === NotImplemented ? result : !result;
  }

  __le__(other: unknown): boolean | typeof NotImplemented {
    return isSetLike(other) ? this.__len__() <= lengthOf(other) && allContained(this, other) : NotImplemented;
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return isSetLike(other) ? this.__len__() < lengthOf(other) && allContained(this, other) : NotImplemented;
  }

  __ge__(other: unknown): boolean | typeof NotImplemented {
    return isSetLike(other) ? this.__len__() >= lengthOf(other) && allContained(other, this) : NotImplemented;
  }

  __gt__(other: unknown): boolean | typeof NotImplemented {
    return isSetLike(other) ? this.__len__() > lengthOf(other) && allContained(other, this) : NotImplemented;
  }

  /** CPython _PyDictView_Intersect: iterate the other operand, keep what this view holds. */
  __and__(other: unknown): PySet {
    if (!isPy2() && other instanceof PySet && other.constructor === PySet && this.__len__() <= other.__len__()) {
      return ops.intersection(other, this) as PySet;
    }
    let self: SetLikeView<unknown> = this;
    let iterable: unknown = other;
    if (other instanceof SetLikeView && other.__len__() > this.__len__()) [self, iterable] = [other, this];
    const result = new PySet();
    for (const item of iterable as Iterable<unknown>) if (self.__contains__(item)) result._add(item);
    return result;
  }

  __rand__(other: unknown): PySet {
    return this.__and__(other);
  }

  __or__(other: unknown): PySet {
    const result = this._asSet();
    ops.updateFrom(result, other);
    return result;
  }

  __ror__(other: unknown): PySet {
    const result = PySet.fromIterable(other);
    ops.updateFrom(result, this);
    return result;
  }

  __sub__(other: unknown): PySet {
    const result = this._asSet();
    ops.differenceUpdate(result, other);
    return result;
  }

  __rsub__(other: unknown): PySet {
    const result = PySet.fromIterable(other);
    ops.differenceUpdate(result, this);
    return result;
  }

  __xor__(other: unknown): PySet {
    const result = this._asSet();
    ops.symmetricDifferenceUpdate(result, other);
    return result;
  }

  __rxor__(other: unknown): PySet {
    const result = PySet.fromIterable(other);
    ops.symmetricDifferenceUpdate(result, this);
    return result;
  }

  isdisjoint(other: unknown): boolean {
    for (const item of other as Iterable<unknown>) if (this.__contains__(item)) return false;
    return true;
  }
}

export class PyDictKeys<K> extends SetLikeView<K> {
  protected get viewName(): string {
    return "dict_keys";
  }

  [Symbol.iterator](): DictKeyIterator<K> {
    return new DictKeyIterator<K>(this._dict);
  }

  __contains__(key: unknown): boolean {
    return this._dict.__contains__(key);
  }
}

export class PyDictItems<K, V> extends SetLikeView<PyTuple> {
  protected get viewName(): string {
    return "dict_items";
  }

  [Symbol.iterator](): DictItemIterator<K, V> {
    return new DictItemIterator<K, V>(this._dict);
  }

  /** `(k, v) in d.items()`: k is a key whose value equals v. */
  __contains__(item: unknown): boolean {
    if (!(item instanceof PyTuple) || item.length !== 2) return false;
    if (!this._dict.__contains__(item[0])) return false;
    return keysEqual(this._dict.__getitem__(item[0]), item[1]);
  }
}

export class PyDictValues<V> extends DictView<V> {
  protected get viewName(): string {
    return "dict_values";
  }

  [Symbol.iterator](): DictValueIterator<V> {
    return new DictValueIterator<V>(this._dict);
  }

  __contains__(value: unknown): boolean {
    for (const v of this) if (keysEqual(v, value)) return true;
    return false;
  }
}

function isSetLike(value: unknown): value is PyAnySet | SetLikeView<unknown> {
  return value instanceof PyAnySet || value instanceof SetLikeView;
}

function lengthOf(value: PyAnySet | SetLikeView<unknown>): number {
  return value.__len__();
}

/** Every element of `inner` is in `outer`. */
function allContained(inner: Iterable<unknown>, outer: { __contains__(v: unknown): boolean }): boolean {
  for (const item of inner) if (!outer.__contains__(item)) return false;
  return true;
}

// type(d.keys()) is the builtin type dict_keys (it was a nameless function), and
// pickling errors name it so ("cannot pickle 'dict_items' object").
registerBuiltinType(PyDictKeys, { name: "dict_keys", check: (v) => v instanceof PyDictKeys, runtimeClass: PyDictKeys });
registerBuiltinType(PyDictItems, { name: "dict_items", check: (v) => v instanceof PyDictItems, runtimeClass: PyDictItems });
registerBuiltinType(PyDictValues, { name: "dict_values", check: (v) => v instanceof PyDictValues, runtimeClass: PyDictValues });
