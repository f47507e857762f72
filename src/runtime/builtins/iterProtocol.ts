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

/** True when `value` can be stepped by next(): a JS iterator or a user iterator object. */
export function isIterator(value: any): boolean {
  if (value instanceof PyObject) return typeof (isPy2() ? (value as any).next : (value as any).__next__) === "function";
  return value !== null && typeof value === "object" && typeof value.next === "function";
}
