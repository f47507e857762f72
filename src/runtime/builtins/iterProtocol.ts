// The bridge between Python's iterator protocol (`__iter__`, `__next__`/py2 `next`,
// StopIteration, the `__getitem__` sequence protocol) and JavaScript's
// (`[Symbol.iterator]`, `next()` returning `{ value, done }`). A runtime iterator is
// a JS iterator; PyIterator adds the Python face (`__next__`, repr) to the
// runtime's own iterator classes.

import { isPy2 } from "./dialect.js";
import { IndexError, StopIteration, TypeError } from "./exceptions.js";
import { addressOf, PyObject } from "./object.js";
import { typeName } from "./types.js";

/** Base of the runtime's iterator objects: a JS iterator that also speaks Python. */
export abstract class PyIterator<T = any> implements IterableIterator<T> {
  /** Python's type name, e.g. `list_iterator` (py2 names differ: `listiterator`). */
  abstract get pyTypeName(): string;

  abstract next(): IteratorResult<T>;

  [Symbol.iterator](): this {
    return this;
  }

  __iter__(): this {
    return this;
  }

  __next__(): T {
    const result = this.next();
    if (result.done) throw new StopIteration();
    return result.value;
  }

  __repr__(): string {
    return `<${this.pyTypeName} object at ${addressOf(this)}>`;
  }
}

/** Python's iter(x) as a JS iterator; TypeError "'int' object is not iterable". */
export function pyIterator(value: any): Iterator<any> {
  if (value instanceof PyObject) return userIterator(value);
  if (value !== null && value !== undefined && typeof value[Symbol.iterator] === "function") {
    return value[Symbol.iterator]();
  }
  throw new TypeError(`'${typeName(value)}' object is not iterable`);
}

function userIterator(obj: any): Iterator<any> {
  if (typeof obj.__iter__ === "function") return asIterator(obj.__iter__());
  if (typeof obj.__getitem__ === "function") return new SequenceIterator(obj);
  throw new TypeError(`'${typeName(obj)}' object is not iterable`);
}

/** The object `__iter__` returned, checked to be an iterator (CPython PyObject_GetIter). */
function asIterator(it: any): Iterator<any> {
  if (it instanceof PyObject) {
    const step = isPy2() ? (it as any).next : (it as any).__next__;
    if (typeof step === "function") return new PyObjectIterator(it, step);
  } else if (it !== null && it !== undefined && typeof it.next === "function") {
    return it;
  }
  throw new TypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
}

/** A user iterator object (`__next__` raising StopIteration) seen as a JS iterator. */
class PyObjectIterator implements IterableIterator<any> {
  constructor(
    private readonly _target: object,
    private readonly _step: () => unknown,
  ) {}

  next(): IteratorResult<any> {
    try {
      return { value: this._step.call(this._target), done: false };
    } catch (error) {
      if (error instanceof StopIteration) return { value: undefined, done: true };
      throw error;
    }
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** The old sequence protocol: `__getitem__(0)`, `__getitem__(1)`, ... until IndexError. */
export class SequenceIterator extends PyIterator {
  private _index = 0;
  private _done = false;

  constructor(private readonly _sequence: { __getitem__(i: number): unknown }) {
    super();
  }

  get pyTypeName(): string {
    return "iterator";
  }

  next(): IteratorResult<any> {
    if (this._done) return { value: undefined, done: true };
    try {
      return { value: this._sequence.__getitem__(this._index++), done: false };
    } catch (error) {
      if (error instanceof IndexError || error instanceof StopIteration) {
        this._done = true;
        return { value: undefined, done: true };
      }
      throw error;
    }
  }
}

/** Python's step method: `it.next()` in Python 2, `it.__next__()` in Python 3. */
export function stepMethodName(): "next" | "__next__" {
  return isPy2() ? "next" : "__next__";
}

/**
 * A runtime iterator (a list's Array Iterator, a PyIterator, a generator, ...):
 * a JavaScript iterator that is not a Python object. Its JavaScript `next()`
 * returns `{ value, done }`, so Python's step method must not reach it, and it
 * has only the dialect's step method (no `next` in Python 3, no `__next__` in 2).
 */
export function isRuntimeIterator(value: unknown): value is Iterator<unknown> {
  if (typeof value !== "object" || value === null || value instanceof PyObject) return false;
  const it = value as Partial<Iterator<unknown> & Iterable<unknown>>;
  return typeof it.next === "function" && typeof it[Symbol.iterator] === "function";
}

/** Python's step method of a runtime iterator (named for the dialect): the next item, or StopIteration. */
export function pythonStep(this: Iterator<unknown>, ...args: unknown[]): unknown {
  if (args.length > 0) throw new TypeError(`expected 0 arguments, got ${args.length}`);
  const result = this.next();
  if (result.done) throw new StopIteration();
  return result.value;
}

/** True when `value` can be stepped by next(): a JS iterator or a user iterator object. */
export function isIterator(value: any): boolean {
  if (value instanceof PyObject) return typeof (isPy2() ? (value as any).next : (value as any).__next__) === "function";
  return value !== null && typeof value === "object" && typeof value.next === "function";
}
