// Iteration builtins: iter, next, len, enumerate, zip, map, filter, reversed,
// sorted, min, max, sum, any, all, reduce, and the unpacking helpers behind
// `a, b = x` / `a, *b = x`. Python 3's zip/map/filter are lazy iterators; Python
// 2's return lists (and filter keeps a str or tuple argument's type).

import { checkArgumentCount } from "./binding.js";
import { isPy2 } from "./dialect.js";
import { takeTrailingKwargs } from "./kwargs.js";
import { keysEqual } from "./hash.js";
import { StopIteration, TypeError, ValueError } from "./exceptions.js";
import { isIterator, PyIterator, pyIterator } from "./iterProtocol.js";
import { sortItems } from "./listSort.js";
import { PyList } from "./list.js";
import { PyObject } from "./object.js";
import { add } from "./operator.js";
import { gt, lt } from "./compare.js";
import { strLen } from "./strIndex.js";
import { truthy } from "./truth.js";
import { PyTuple } from "./tuple.js";
import { builtinType, registerBuiltinType, setTypeObject, typeName } from "./types.js";
import { ByteSequence, PyBytes } from "./bytes.js";
import { namedSequenceIterator } from "./sequenceIterators.js";
import { generatorLoopIterator, isGenerator, markFinished, markStarted } from "./generators.js";

/** Python's iter(obj) as a JS iterator, or iter(callable, sentinel). */
export function iter(obj: unknown, sentinel?: unknown): Iterator<any> & Iterable<any> {
  if (sentinel !== undefined) {
    if (typeof obj !== "function") throw new TypeError("iter(v, w): v must be callable");
    return new CallableIterator(obj as () => unknown, sentinel);
  }
  const iterator = iterate(obj);
  // The script holds this iterator: it gets CPython's type name (a loop's need not).
  return iterator === obj ? iterator : (namedSequenceIterator(obj, iterator) as Iterator<any> & Iterable<any>);
}

/**
 * What a `for` loop, a comprehension, `*args` or `yield from` iterates: iter(obj)
 * without naming the engine's iterator (sequenceIterators.ts), which would cost
 * each small loop a property write.
 */
export function iterate(obj: unknown): Iterator<any> & Iterable<any> {
  if (isGenerator(obj)) return generatorLoopIterator(obj);
  return pyIterator(obj) as Iterator<any> & Iterable<any>;
}

/** next(iterator[, default]): StopIteration (or the default) when exhausted. */
export function next(iterator: unknown, fallback?: unknown): any {
  if (iterator instanceof PyObject) {
    const step = isPy2() ? (iterator as any).next : (iterator as any).__next__;
    if (typeof step !== "function") throw notAnIterator(iterator);
    if (fallback === undefined) return step.call(iterator);
    try {
      return step.call(iterator);
    } catch (error) {
      if (error instanceof StopIteration) return fallback;
      throw error;
    }
  }
  if (!isIterator(iterator)) throw notAnIterator(iterator);
  if (isGenerator(iterator)) markStarted(iterator);
  const result = (iterator as Iterator<unknown>).next();
  if (result.done && isGenerator(iterator)) markFinished(iterator);
  if (!result.done) return result.value;
  if (fallback !== undefined) return fallback;
  throw result.value === undefined ? new StopIteration() : new StopIteration(result.value);
}

function notAnIterator(value: unknown): TypeError {
  return new TypeError(isPy2() ? `${typeName(value)} object is not an iterator` : `'${typeName(value)}' object is not an iterator`);
}

/** len(obj): TypeError "object of type 'int' has no len()". */
export function len(obj: unknown): number {
  if (typeof obj === "string") return strLen(obj);
  if (Array.isArray(obj)) return obj.length;
  const method = obj !== null && typeof obj === "object" ? (obj as any).__len__ : undefined;
  if (typeof method !== "function") throw new TypeError(`object of type '${typeName(obj)}' has no len()`);
  const n = method.call(obj);
  if (typeof n === "boolean") return n ? 1 : 0;
  if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  if (n < 0) throw new ValueError("__len__() should return >= 0");
  return n;
}

/** iter(callable, sentinel): calls until the sentinel comes back. */
class CallableIterator extends PyIterator {
  private _done = false;
  private _checked = false;

  constructor(
    private readonly _call: () => unknown,
    private readonly _sentinel: unknown,
  ) {
    super();
  }

  get pyTypeName(): string {
    return isPy2() ? "callable-iterator" : "callable_iterator";
  }

  next(): IteratorResult<unknown> {
    if (this._done) return { value: undefined, done: true };
    if (!this._checked) {
      checkArgumentCount(this._call, 0);
      this._checked = true;
    }
    const value = this._call();
    if (keysEqual(value, this._sentinel)) {
      this._done = true;
      return { value: undefined, done: true };
    }
    return { value, done: false };
  }
}

export class PyEnumerate extends PyIterator<PyTuple> {
  constructor(
    private readonly _source: Iterator<unknown>,
    private _count: number | bigint,
  ) {
    super();
  }

  get pyTypeName(): string {
    return "enumerate";
  }

  next(): IteratorResult<PyTuple> {
    const r = this._source.next();
    if (r.done) return { value: undefined, done: true };
    const item = PyTuple.of(this._count, r.value);
    this._count = add(this._count, 1);
    return { value: item, done: false };
  }
}

/** enumerate(iterable, start=0). */
export function enumerate(iterable: unknown, start: unknown = 0): PyEnumerate {
  if (typeof start !== "number" && typeof start !== "bigint" && typeof start !== "boolean") {
    throw new TypeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
  }
  return new PyEnumerate(pyIterator(iterable), typeof start === "boolean" ? Number(start) : start);
}

export class PyZip extends PyIterator<PyTuple> {
  private _done = false;

  constructor(
    private readonly _sources: Iterator<unknown>[],
    private readonly _strict: boolean,
  ) {
    super();
  }

  get pyTypeName(): string {
    return "zip";
  }

  next(): IteratorResult<PyTuple> {
    if (this._done || this._sources.length === 0) return { value: undefined, done: true };
    const item = new PyTuple();
    for (let i = 0; i < this._sources.length; i++) {
      const r = this._sources[i]!.next();
      if (r.done) {
        this._done = true;
        if (this._strict) this._checkStrict(i);
        return { value: undefined, done: true };
      }
      item.push(r.value);
    }
    return { value: item, done: false };
  }

  /** zip(strict=True): every argument must end together. */
  private _checkStrict(exhausted: number): void {
    if (exhausted > 0) throw new ValueError(`zip() argument ${exhausted + 1} is shorter than argument${exhausted > 1 ? `s 1-${exhausted}` : " 1"}`);
    for (let i = 1; i < this._sources.length; i++) {
      if (!this._sources[i]!.next().done) throw new ValueError(`zip() argument ${i + 1} is longer than argument${i > 1 ? `s 1-${i}` : " 1"}`);
    }
  }
}

/** zip(*iterables): lazy in Python 3 (with strict=), a list of tuples in Python 2. */
export function zip(...args: unknown[]): PyZip | PyList<PyTuple> {
  const options: { strict?: unknown } = takeTrailingKwargs(args);
  const sources = args.map((a, i) => iteratorArgument(a, () => `zip argument #${i + 1} must support iteration`));
  const zipped = new PyZip(sources, !isPy2() && truthy(options.strict ?? false));
  return isPy2() ? PyList.fromIterable<PyTuple>(zipped) : zipped;
}

/** Python 2 names the argument that is not iterable; Python 3 gives the usual message. */
function iteratorArgument(value: unknown, py2Message: () => string): Iterator<unknown> {
  try {
    return pyIterator(value);
  } catch (error) {
    if (isPy2() && error instanceof TypeError) throw new TypeError(py2Message());
    throw error;
  }
}

export class PyMap extends PyIterator {
  /** The function's argument count is checked at its first call (it is the same for every call). */
  private _checked = false;

  constructor(
    private readonly _fn: (...args: unknown[]) => unknown,
    private readonly _sources: Iterator<unknown>[],
  ) {
    super();
  }

  get pyTypeName(): string {
    return "map";
  }

  next(): IteratorResult<unknown> {
    const args: unknown[] = [];
    for (const source of this._sources) {
      const r = source.next();
      if (r.done) return { value: undefined, done: true };
      args.push(r.value);
    }
    if (!this._checked) {
      checkArgumentCount(this._fn, args.length);
      this._checked = true;
    }
    return { value: this._fn(...args), done: false };
  }
}

/** map(function, *iterables): lazy in Python 3; a list in Python 2, where shorter iterables pad with None. */
export function map(fn: unknown, ...iterables: unknown[]): PyMap | PyList {
  if (iterables.length === 0) throw new TypeError(isPy2() ? "map() requires at least two args" : "map() must have at least two arguments.");
  const sources = iterables.map((a, i) => iteratorArgument(a, () => `argument ${i + 2} to map() must support iteration`));
  if (!isPy2()) {
    if (typeof fn !== "function") throw new TypeError(`'${typeName(fn)}' object is not callable`);
    return new PyMap(fn as (...args: unknown[]) => unknown, sources);
  }
  const result = new PyList();
  if (fn !== null) checkArgumentCount(fn, sources.length);
  for (;;) {
    let anyLeft = false;
    const args = sources.map((source) => {
      const r = source.next();
      if (r.done) return null;
      anyLeft = true;
      return r.value;
    });
    if (!anyLeft) return result;
    if (fn === null) result.push(args.length === 1 ? args[0] : PyTuple.fromArray(args));
    else result.push((fn as (...a: unknown[]) => unknown)(...args));
  }
}

export class PyFilter extends PyIterator {
  private _checked = false;

  constructor(
    private readonly _fn: ((item: unknown) => unknown) | null,
    private readonly _source: Iterator<unknown>,
  ) {
    super();
  }

  get pyTypeName(): string {
    return "filter";
  }

  next(): IteratorResult<unknown> {
    for (;;) {
      const r = this._source.next();
      if (r.done) return r;
      if (this._fn === null) {
        if (truthy(r.value)) return r;
        continue;
      }
      if (!this._checked) {
        checkArgumentCount(this._fn, 1);
        this._checked = true;
      }
      if (truthy(this._fn(r.value))) return r;
    }
  }
}

/** filter(function_or_None, iterable): lazy in Python 3; in Python 2 a list (a str for a str, a tuple for a tuple). */
export function filter(fn: unknown, iterable: unknown): PyFilter | PyList | PyTuple | string {
  const test = fn === null ? null : (fn as (item: unknown) => unknown);
  const filtered = new PyFilter(test, pyIterator(iterable));
  if (!isPy2()) return filtered;
  if (typeof iterable === "string") return [...filtered].join("");
  if (iterable instanceof PyTuple) return PyTuple.fromIterable(filtered);
  return PyList.fromIterable(filtered);
}

export class PyReversed extends PyIterator {
  private _index: number;

  constructor(
    private readonly _sequence: ArrayLike<unknown> | { __getitem__(i: number): unknown },
    length: number,
    private readonly _pyName: string,
  ) {
    super();
    this._index = length - 1;
  }

  get pyTypeName(): string {
    return this._pyName;
  }

  next(): IteratorResult<unknown> {
    const seq = this._sequence as any;
    if (Array.isArray(seq)) {
      // A list that shrank under the iterator just ends it (CPython listreviter).
      if (this._index < 0 || this._index >= seq.length) return { value: undefined, done: true };
      return { value: seq[this._index--], done: false };
    }
    if (this._index < 0) return { value: undefined, done: true };
    return { value: seq.__getitem__(this._index--), done: false };
  }
}

/** reversed(seq): `__reversed__`, or the sequence protocol (`__len__` + `__getitem__`). */
/** reversed(list): CPython's list_reverseiterator, not an instance of `reversed` (type() reads its pyTypeName). */
class PyListReversed extends PyReversed {}
setTypeObject(PyListReversed, () => builtinType(isPy2() ? "listreverseiterator" : "list_reverseiterator"));

export function reversed(seq: unknown): Iterator<unknown> {
  if (Array.isArray(seq)) return new PyListReversed(seq, seq.length, isPy2() ? "listreverseiterator" : "list_reverseiterator");
  if (typeof seq === "string") return new PyReversed(Array.from(seq), strLen(seq), "reversed");
  if (seq !== null && typeof seq === "object") {
    const method = (seq as any).__reversed__;
    if (typeof method === "function") return method.call(seq);
    if (typeof (seq as any).__getitem__ === "function" && typeof (seq as any).__len__ === "function" && !(seq instanceof PyBytes && isPy2())) {
      return new PyReversed(seq as { __getitem__(i: number): unknown }, len(seq), "reversed");
    }
  }
  throw new TypeError(isPy2() ? "argument to reversed() must be a sequence" : `'${typeName(seq)}' object is not reversible`);
}

/** sorted(iterable, { key, reverse }) (Python 2 also { cmp }). */
export function sorted(iterable: unknown, options: { key?: any; reverse?: unknown; cmp?: any } = {}): PyList {
  const items = PyList.fromIterable<unknown>(iterable);
  const plain = Array.prototype.slice.call(items) as unknown[];
  sortItems(plain, options);
  return PyList.fromArray(plain);
}

/** min(iterable, { key, default }) or min(a, b, ...). */
export function min(...args: unknown[]): any {
  return minMax(args, "min", lt);
}

/** max(iterable, { key, default }) or max(a, b, ...); ties keep the first. */
export function max(...args: unknown[]): any {
  return minMax(args, "max", gt);
}

function minMax(args: unknown[], name: string, better: (a: unknown, b: unknown) => boolean): unknown {
  const options: { key?: any; default?: unknown } = takeTrailingKwargs(args);
  if (args.length === 0) {
    throw new TypeError(isPy2() ? `${name} expected 1 arguments, got 0` : `${name} expected at least 1 argument, got 0`);
  }
  if (isPy2() && options.default !== undefined) throw new TypeError(`${name}() got an unexpected keyword argument`);
  if (args.length > 1 && options.default !== undefined) {
    throw new TypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const it = args.length === 1 ? pyIterator(args[0]) : (args[Symbol.iterator]() as Iterator<unknown>);
  const key = options.key === undefined || options.key === null ? null : options.key;
  let best: unknown;
  let bestKey: unknown;
  let found = false;
  for (let r = it.next(); !r.done; r = it.next()) {
    if (key !== null && !found) checkArgumentCount(key, 1);
    const k = key === null ? r.value : key(r.value);
    if (!found || better(k, bestKey)) {
      best = r.value;
      bestKey = k;
      found = true;
    }
  }
  if (found) return best;
  if (options.default !== undefined) return options.default;
  throw new ValueError(`${name}() arg is an empty sequence`);
}

/** sum(iterable, start=0): exact ints, left to right; str start is refused. */
export function sum(iterable: unknown, start: unknown = 0): any {
  if (typeof start === "string") throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof ByteSequence) throw new TypeError(`sum() can't sum ${typeName(start)} [use b''.join(seq) instead]`);
  let total = start;
  const it = pyIterator(iterable);
  for (let r = it.next(); !r.done; r = it.next()) {
    const v = r.value;
    if (typeof total === "number" && typeof v === "number") {
      const s = total + v;
      if (Number.isInteger(total) && Number.isInteger(v)) {
        if (Number.isSafeInteger(s)) {
          total = s;
          continue;
        }
      } else if (!Number.isInteger(s)) {
        // A float sum that is not integral stays a plain number; an integral one is boxed by add().
        total = s;
        continue;
      }
    }
    total = add(total, v);
  }
  return total;
}

export function any(iterable: unknown): boolean {
  const it = pyIterator(iterable);
  for (let r = it.next(); !r.done; r = it.next()) if (truthy(r.value)) return true;
  return false;
}

export function all(iterable: unknown): boolean {
  const it = pyIterator(iterable);
  for (let r = it.next(); !r.done; r = it.next()) if (!truthy(r.value)) return false;
  return true;
}

/** reduce(function, iterable[, initializer]) (a builtin in Python 2, functools.reduce in 3). */
export function reduce(fn: (a: unknown, b: unknown) => unknown, iterable: unknown, initializer?: unknown): any {
  const it = pyIterator(iterable);
  let acc = initializer;
  if (acc === undefined) {
    const first = it.next();
    if (first.done) throw new TypeError(`reduce() of empty ${isPy2() ? "sequence" : "iterable"} with no initial value`);
    acc = first.value;
  }
  let checked = false;
  for (let r = it.next(); !r.done; r = it.next()) {
    if (!checked) {
      checkArgumentCount(fn, 2);
      checked = true;
    }
    acc = fn(acc, r.value);
  }
  return acc;
}

/** The items of `a, b = value` (exactly `count` of them). */
export function unpack(value: unknown, count: number): any[] {
  if (Array.isArray(value) && value.length === count) return value;
  const items = unpackItems(value, count + 1);
  if (items.length < count) {
    throw new ValueError(
      isPy2()
        ? `need more than ${items.length} value${items.length === 1 ? "" : "s"} to unpack`
        : `not enough values to unpack (expected ${count}, got ${items.length})`,
    );
  }
  if (items.length > count) throw new ValueError(isPy2() ? "too many values to unpack" : `too many values to unpack (expected ${count})`);
  return items;
}

/**
 * `for a, b in pairs`: each item unpacked to exactly `count` values as CPython
 * does (`for (const [a, b] of unpackEach(iter(pairs), 2))`).
 */
export function unpackEach(iterable: Iterable<unknown>, count: number): IterableIterator<any[]> {
  return new UnpackIterator(iterable[Symbol.iterator](), count);
}

class UnpackIterator implements IterableIterator<any[]> {
  constructor(
    private readonly _items: Iterator<unknown>,
    private readonly _count: number,
  ) {}

  next(): IteratorResult<any[]> {
    const step = this._items.next();
    if (step.done) return step;
    let value: any[];
    try {
      value = unpack(step.value, this._count);
    } catch (error) {
      // In Python the unpacking is part of the loop body: its error leaves the loop,
      // which closes a generator only the loop holds (generators.ts iterClosing).
      this._items.return?.();
      throw error;
    }
    return { done: false, value };
  }

  /** Leaving the loop early leaves the items' iterator too. */
  return(value?: unknown): IteratorResult<any[]> {
    this._items.return?.();
    return { done: true, value };
  }

  [Symbol.iterator](): IterableIterator<any[]> {
    return this;
  }
}

/** The items of `a, *b, c = value`: `before` items, a list of the middle, `after` items. */
export function unpackStarred(value: unknown, before: number, after: number): any[] {
  const items = unpackItems(value, Infinity);
  if (items.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = PyList.fromArray(items.slice(before, items.length - after));
  return [...items.slice(0, before), middle, ...items.slice(items.length - after)];
}

/** Up to `limit` items of `value`; py3 TypeError "cannot unpack non-iterable int object". */
function unpackItems(value: unknown, limit: number): unknown[] {
  let it: Iterator<unknown>;
  try {
    it = pyIterator(value);
  } catch (error) {
    if (!isPy2() && error instanceof TypeError) throw new TypeError(`cannot unpack non-iterable ${typeName(value)} object`);
    throw error;
  }
  const items: unknown[] = [];
  while (items.length < limit) {
    const r = it.next();
    if (r.done) break;
    items.push(r.value);
  }
  return items;
}

registerBuiltinType(enumerate, { name: "enumerate", check: (v) => v instanceof PyEnumerate, runtimeClass: PyEnumerate });
registerBuiltinType(zip, { name: "zip", check: (v) => v instanceof PyZip, runtimeClass: PyZip });
registerBuiltinType(map, { name: "map", check: (v) => v instanceof PyMap, runtimeClass: PyMap });
registerBuiltinType(filter, { name: "filter", check: (v) => v instanceof PyFilter, runtimeClass: PyFilter });
registerBuiltinType(reversed, { name: "reversed", check: (v) => v instanceof PyReversed && !(v instanceof PyListReversed), runtimeClass: PyReversed });
