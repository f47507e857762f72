// Python dict with Python key equality (`1`, `1.0` and `True` are one key; tuple,
// frozenset and `__eq__`/`__hash__` object keys). Python 3 dicts keep insertion
// order (CompactStore); Python 2 dicts iterate in CPython 2.7's hash-table order
// (ProbeTable). Views and iterators live in dictViews.ts.

import { isPy2 } from "./dialect.js";
import { CompactStore } from "./compactStore.js";
import { KeyError, TypeError, ValueError } from "./exceptions.js";
import { HASHED_KEY, keysEqual, pyHash64, simpleKey, type Hash64 } from "./hash.js";
import { KeyBuckets } from "./keyBuckets.js";
import { isKwargs } from "./kwargs.js";
import { ProbeTable } from "./hashTable.js";
import { pyIterator } from "./iterProtocol.js";
import { NotImplemented } from "./notImplemented.js";
import { repr } from "./repr.js";
import { guardedRepr } from "./reprGuard.js";
import { PyList } from "./list.js";
import { PyAnySet, PyFrozenSet, PySet } from "./set.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./types.js";
import { DictItemIterator, DictKeyIterator, DictValueIterator, PyDictItems, PyDictKeys, PyDictValues } from "./dictViews.js";

type Store = CompactStore | ProbeTable;

export class PyDict<K = any, V = any> {
  /** Entries; a ProbeTable in Python 2 (hash order), a CompactStore in Python 3 (insertion order). */
  _store: Store = isPy2() ? new ProbeTable("py2", true) : new CompactStore();
  /** Keys found by hash and equality (tuples, frozensets, ...); created on first use. */
  private _hashed: KeyBuckets | null = null;
  /**
   * The position of the str or int key found last, so that `d[k] = d.get(k, 0) + 1`
   * looks `k` up once (__setitem__ checks it first). Never invalidated: it is only
   * trusted when the store's norm at that position is the key itself. Lookups
   * do not check it: comparing with a different key cost more than it saved.
   */
  private _at = 0;

  /** `{k1: v1, k2: v2}` as `PyDict.of([k1, v1], [k2, v2])`: CPython 2.7 presizes a display (BUILD_MAP n) first. */
  static of<K = any, V = any>(...pairs: ReadonlyArray<readonly [NoInfer<K>, NoInfer<V>]>): PyDict<K, V> {
    const dict = new PyDict<K, V>();
    if (isPy2() && pairs.length > 5) (dict._store as ProbeTable).resize(pairs.length);
    for (let i = 0; i < pairs.length; i++) dict.__setitem__(pairs[i]![0], pairs[i]![1]);
    return dict;
  }

  /** A dict from [key, value] pairs, set one by one (a dict comprehension). */
  static fromEntries<K, V>(entries: Iterable<readonly [K, V]>): PyDict<K, V> {
    const dict = new PyDict<K, V>();
    for (const [key, value] of entries) dict.__setitem__(key, value);
    return dict;
  }

  /** dict.fromkeys(iterable, value=None). */
  static fromkeys(iterable: unknown, value: unknown = null): PyDict {
    const dict = new PyDict();
    if (isPy2() && (iterable instanceof PyDict || isExactSet(iterable))) {
      // CPython 2.7 presizes to len*3/2 and inserts in the source's table order.
      const source = iterable instanceof PyDict ? (iterable._store as ProbeTable) : (iterable as PyAnySet)._table;
      const table = dict._store as ProbeTable;
      table.resize(Math.floor(source.used / 2) * 3);
      for (let slot = 0; slot < source.size; slot++) {
        if (source.isActive(slot)) table.addNoGrow(source.norms[slot], source.keys[slot], value, source.hashHi[slot], source.hashLo[slot]);
      }
      return dict;
    }
    const it = pyIterator(iterable);
    for (let r = it.next(); !r.done; r = it.next()) dict.__setitem__(r.value, value);
    return dict;
  }

  /** `{}.fromkeys(...)`: the class method read from an instance. */
  fromkeys(iterable: unknown, value: unknown = null): PyDict {
    return PyDict.fromkeys(iterable, value);
  }

  /** dict.__init__(mapping_or_pairs, **kwargs): a subclass's `super().__init__(...)`. */
  __init__(...args: unknown[]): null {
    this.update(...args);
    return null;
  }

  __len__(): number {
    return this._store.used;
  }

  /** The store position of `key`, or -1. */
  private _find(key: unknown): number {
    // str and int keys are their own Map keys (the common case, without hashing).
    if (typeof key === "string" || typeof key === "number") {
      const position = this._store.positions.get(key);
      if (position === undefined) return -1;
      this._at = position;
      return position;
    }
    return this._findOther(key);
  }

  /** _find for keys that need normalising or hashing (kept apart so _find stays small enough to inline). */
  private _findOther(key: unknown): number {
    const norm = this._norm(key, false);
    if (norm === MISSING) return -1;
    const position = this._store.positions.get(norm);
    return position === undefined ? -1 : position;
  }

  /**
   * The Map key for `key`: a primitive, the key object, or the dict's own equal
   * key object (MISSING when absent and not adding). Leaves the hash it had to
   * compute for a hashed key in `lastHash`.
   */
  private _norm(key: unknown, adding: boolean): unknown {
    lastHash = null;
    const simple = simpleKey(key);
    if (simple !== HASHED_KEY) return simple;
    const h = (lastHash = pyHash64(key));
    const own = this._hashed?.find(key, h);
    if (own !== undefined) return own;
    return adding ? key : MISSING;
  }

  __contains__(key: unknown): boolean {
    return this._find(key) >= 0;
  }

  has_key(key: unknown): boolean {
    return this._find(key) >= 0;
  }

  __getitem__(key: K): V {
    const position = this._find(key);
    if (position >= 0) return this._store.values![position] as V;
    const missing = (this as any).__missing__;
    if (typeof missing === "function") return missing.call(this, key);
    throw new KeyError(key);
  }

  get(key: K, fallback: unknown = null): V | null {
    const position = this._find(key);
    return position >= 0 ? (this._store.values![position] as V) : (fallback as V | null);
  }

  __setitem__(key: K, value: V): null {
    const store = this._store;
    if (typeof key === "string" || typeof key === "number") {
      if (store.norms[this._at] === key) {
        store.values![this._at] = value;
        return null;
      }
      const position = store.positions.get(key);
      if (position !== undefined) {
        store.values![position] = value;
        return null;
      }
      if (store instanceof ProbeTable) store.add(key, key, value, pyHash64(key));
      else store.add(key, key, value, null);
      return null;
    }
    const norm = this._norm(key, true);
    const position = store.positions.get(norm);
    if (position !== undefined) {
      store.values![position] = value;
      return null;
    }
    const hash = lastHash;
    if (hash !== null) (this._hashed ??= new KeyBuckets()).add(key, hash);
    if (store instanceof ProbeTable) store.add(norm, key, value, hash ?? pyHash64(key));
    else store.add(norm, key, value, null);
    return null;
  }

  private _removeAt(position: number): void {
    const store = this._store;
    if (this._hashed !== null) this._hashed.remove(store.norms[position]);
    store.remove(position);
  }

  __delitem__(key: K): null {
    const position = this._find(key);
    if (position < 0) throw new KeyError(key);
    this._removeAt(position);
    return null;
  }

  /** pop(key[, default]): KeyError when absent and no default. */
  pop(key: K, ...fallback: unknown[]): V {
    const position = this._find(key);
    if (position < 0) {
      if (fallback.length > 0) return fallback[0] as V;
      throw new KeyError(key);
    }
    const value = this._store.values![position] as V;
    this._removeAt(position);
    return value;
  }

  /** popitem(): the last item in Python 3; CPython 2.7's finger scan in Python 2. */
  popitem(): PyTuple {
    const store = this._store;
    const position = store.popSlot();
    if (position < 0) throw new KeyError("popitem(): dictionary is empty");
    const item = PyTuple.of(store.keys[position], store.values![position]);
    this._removeAt(position);
    store.afterPop(position);
    return item;
  }

  setdefault(key: K, fallback: unknown = null): V {
    const position = this._find(key);
    if (position >= 0) return this._store.values![position] as V;
    this.__setitem__(key, fallback as V);
    return fallback as V;
  }

  /** update([mapping_or_pairs], **kwargs). */
  update(...args: unknown[]): null {
    const kwargs = args.length > 0 && isKwargs(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : null;
    if (args.length > 1) throw new TypeError(`update expected at most 1 argument${isPy2() ? "s" : ""}, got ${args.length}`);
    if (args.length === 1) mergeInto(this, args[0]);
    if (kwargs !== null) {
      // CPython 2.7 builds a builtin's keyword dict popping the value stack, so
      // the last keyword goes in first; the order matters for its table layout.
      const names = Object.keys(kwargs);
      if (isPy2()) names.reverse();
      const kw = new PyDict();
      for (const name of names) kw.__setitem__(name, kwargs[name]);
      mergeInto(this, kw);
    }
    return null;
  }

  clear(): null {
    this._store.clear();
    this._hashed = null;
    return null;
  }

  copy(): PyDict<K, V> {
    const dict = new PyDict<K, V>();
    mergeInto(dict, this);
    return dict;
  }

  /** Python 3: a live view; Python 2: a list. */
  /** A view in Python 3, a list in Python 2. */
  keys(): any {
    return isPy2() ? PyList.fromArray(this.keyArray()) : new PyDictKeys(this);
  }

  /** A view in Python 3, a list in Python 2. */
  values(): any {
    return isPy2() ? PyList.fromArray(this.valueArray()) : new PyDictValues(this);
  }

  /** A view in Python 3, a list in Python 2. */
  items(): any {
    return isPy2() ? PyList.fromArray(this.itemArray()) : new PyDictItems(this);
  }

  iterkeys(): DictKeyIterator<K> {
    return new DictKeyIterator(this);
  }

  itervalues(): DictValueIterator<V> {
    return new DictValueIterator(this);
  }

  iteritems(): DictItemIterator<K, V> {
    return new DictItemIterator(this);
  }

  viewkeys(): PyDictKeys<K> {
    return new PyDictKeys(this);
  }

  viewvalues(): PyDictValues<V> {
    return new PyDictValues(this);
  }

  viewitems(): PyDictItems<K, V> {
    return new PyDictItems(this);
  }

  [Symbol.iterator](): DictKeyIterator<K> {
    return new DictKeyIterator(this);
  }

  __iter__(): DictKeyIterator<K> {
    return new DictKeyIterator(this);
  }

  /** reversed(d) (Python 3.8+): keys newest first. */
  __reversed__(): IterableIterator<K> {
    if (isPy2()) throw new TypeError("argument to reversed() must be a sequence");
    return this.keyArray().reverse()[Symbol.iterator]() as IterableIterator<K>;
  }

  /** Keys in iteration order (a snapshot, for runtime code). */
  keyArray(): K[] {
    const { keys } = this._store;
    const out: K[] = [];
    for (let i = 0; i < this._store.size; i++) if (this._store.isActive(i)) out.push(keys[i] as K);
    return out;
  }

  valueArray(): V[] {
    const { values } = this._store;
    const out: V[] = [];
    for (let i = 0; i < this._store.size; i++) if (this._store.isActive(i)) out.push(values![i] as V);
    return out;
  }

  itemArray(): PyTuple[] {
    const { keys, values } = this._store;
    const out: PyTuple[] = [];
    for (let i = 0; i < this._store.size; i++) if (this._store.isActive(i)) out.push(PyTuple.of(keys[i], values![i]));
    return out;
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (!(other instanceof PyDict)) return NotImplemented;
    if (other._store.used !== this._store.used) return false;
    const { keys, values } = this._store;
    for (let i = 0; i < this._store.size; i++) {
      if (!this._store.isActive(i)) continue;
      const position = other._find(keys[i]);
      if (position < 0 || !keysEqual(values![i], other._store.values![position])) return false;
    }
    return true;
  }

  __ne__(other: unknown): boolean | typeof NotImplemented {
    const result = this.__eq__(other);
    return result === NotImplemented ? result : !result;
  }

  /** `d | other` (Python 3.9+). */
  __or__(other: unknown): PyDict | typeof NotImplemented {
    if (isPy2() || !(other instanceof PyDict)) return NotImplemented;
    const result = this.copy();
    mergeInto(result, other);
    return result;
  }

  __ior__(other: unknown): this {
    if (isPy2()) throw new TypeError("unsupported operand type(s) for |=: 'dict' and 'dict'");
    this.update(other);
    return this;
  }

  __hash__(): never {
    throw new TypeError("unhashable type: 'dict'");
  }

  /** `{'a': 1}`; a dict reached again while printing itself shows `{...}`. */
  __repr__(): string {
    return guardedRepr(this, "{...}", () => {
      const { keys, values } = this._store;
      const parts: string[] = [];
      for (let i = 0; i < this._store.size; i++) {
        if (this._store.isActive(i)) parts.push(`${repr(keys[i])}: ${repr(values![i])}`);
      }
      return `{${parts.join(", ")}}`;
    });
  }

  toString(): string {
    return this.__repr__();
  }
}

const MISSING = Symbol("missing");
/** The hash PyDict._norm computed for its last hashed key (null for simple keys). */
let lastHash: Hash64 | null = null;

/** CPython's PyAnySet_CheckExact: a set or frozenset, not a subclass. */
function isExactSet(value: unknown): value is PyAnySet {
  return value instanceof PyAnySet && (value.constructor === PySet || value.constructor === PyFrozenSet);
}

/**
 * dict.update(other): a dict merges in its own order (CPython PyDict_Merge, with
 * its one up-front resize in Python 2); an object with keys() is read through
 * keys() and __getitem__; anything else is an iterable of pairs.
 */
/**
 * A dict display with `**` unpacking: `{**a, 'k': v}` -> `mergeDicts(a, PyDict.of(["k", v]))`.
 * Each part updates the new dict in order; an unpacked value must be a mapping.
 */
export function mergeDicts(...parts: unknown[]): PyDict {
  const result = new PyDict();
  for (const part of parts) {
    const isMapping = part instanceof PyDict || (part !== null && typeof part === "object" && !Array.isArray(part) && typeof (part as any).keys === "function");
    if (!isMapping) throw new TypeError(`'${typeName(part)}' object is not a mapping`);
    mergeInto(result, part);
  }
  return result;
}

export function mergeInto(target: PyDict, other: unknown): void {
  if (other instanceof PyDict) {
    if (other === target || other._store.used === 0) return;
    const source = other._store;
    const store = target._store;
    if (store instanceof ProbeTable) store.presizeFor(source.used);
    for (let i = 0; i < source.size; i++) {
      if (source.isActive(i)) target.__setitem__(source.keys[i], source.values![i]);
    }
    return;
  }
  // Python asks hasattr(other, "keys"); a list's JS Array.prototype.keys does not count.
  if (other !== null && typeof other === "object" && !Array.isArray(other) && typeof (other as any).keys === "function") {
    const keys = PyList.fromIterable((other as any).keys());
    for (const key of keys) target.__setitem__(key, (other as any).__getitem__(key));
    return;
  }
  const it = pyIterator(other);
  let index = 0;
  for (let r = it.next(); !r.done; r = it.next(), index++) {
    const pair = pairOf(r.value, index);
    target.__setitem__(pair[0], pair[1]);
  }
}

/** One element of dict(pairs): a 2-item iterable. */
function pairOf(item: unknown, index: number): ArrayLike<unknown> {
  let items: ArrayLike<unknown>;
  if (Array.isArray(item)) items = item;
  else {
    try {
      items = PyList.fromIterable(item);
    } catch (error) {
      if (error instanceof TypeError) {
        throw new TypeError(`cannot convert dictionary update sequence element #${index} to a sequence`);
      }
      throw error;
    }
  }
  if (items.length !== 2) {
    throw new ValueError(`dictionary update sequence element #${index} has length ${items.length}; 2 is required`);
  }
  return items;
}
