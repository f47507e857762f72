// A ctypes array of a simple type (CPython's c_int_Array_10 and friends) over a
// buffer that sharedctypes puts in shared memory: indexing, slicing, len,
// iteration, and .value/.raw for arrays of c_char. Elements convert with the
// simple type's C rules (ctypes/index.ts).

import { PyList } from "../builtins/list.js";
import { ctypeInfo, type CTypeInfo } from "../ctypes/index.js";
import { registerProcessReset } from "../internal/forkState.js";
import { IndexError, TypeError, ValueError } from "../internal/pyErrors.js";

type Storage = ArrayLike<number | bigint> & { [index: number]: number | bigint; readonly buffer: ArrayBufferLike };

/** A Python slice object as builtins' slice() makes it (start/stop/step, each possibly None). */
export interface SliceLike {
  readonly start: unknown;
  readonly stop: unknown;
  readonly step: unknown;
}

// TODO(procs): use builtins' slice class (instanceof) once it lands.
export function isSlice(value: unknown): value is SliceLike {
  return typeof value === "object" && value !== null && "start" in value && "stop" in value && "step" in value;
}

/** slice.indices(length): the start, stop and step a slice selects, clamped as CPython does. */
export function sliceIndices(s: SliceLike, length: number): [number, number, number] {
  const step = s.step === null || s.step === undefined ? 1 : Number(s.step);
  if (step === 0) throw new ValueError("slice step cannot be zero");
  const clamp = (v: unknown, fallback: number): number => {
    if (v === null || v === undefined) return fallback;
    let n = Number(v);
    if (n < 0) n += length;
    if (step > 0) return Math.min(Math.max(n, 0), length);
    return Math.min(Math.max(n, -1), length - 1);
  };
  return [clamp(s.start, step > 0 ? 0 : length - 1), clamp(s.stop, step > 0 ? length : -1), step];
}

export function sliceRange(s: SliceLike, length: number): number[] {
  const [start, stop, step] = sliceIndices(s, length);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

const kFirstAddress = 0x7f0000001000;
let nextAddress = kFirstAddress;
registerProcessReset("multiprocessing.ctypesArray", () => (nextAddress = kFirstAddress));

export class CArray {
  readonly _type: Function;
  readonly _info: CTypeInfo;
  readonly _storage: Storage;
  /** A stand-in for the object's address in its repr (CPython prints a real one). */
  private readonly _address = (nextAddress += 0x50);

  constructor(type: Function, buffer: ArrayBufferLike, length: number) {
    this._type = type;
    this._info = ctypeInfo(type)!;
    this._storage = new this._info.storage(buffer, 0, length) as unknown as Storage;
  }

  get _buffer(): ArrayBufferLike {
    return this._storage.buffer;
  }

  get _isChar(): boolean {
    return this._type.name === "c_char";
  }

  __len__(): number {
    return this._storage.length;
  }

  private _index(index: unknown): number {
    if (typeof index !== "number" || !Number.isInteger(index)) {
      if (typeof index !== "boolean" && typeof index !== "bigint") throw new TypeError("indices must be integers");
    }
    let i = Number(index);
    if (i < 0) i += this._storage.length;
    if (i < 0 || i >= this._storage.length) throw new IndexError("invalid index");
    return i;
  }

  __getitem__(index: unknown): unknown {
    if (isSlice(index)) {
      const items = sliceRange(index, this._storage.length).map((i) => this._info.fromC(this._storage[i]!));
      // TODO(procs): a slice of a c_char array is bytes in Python 3 (PyBytes).
      return this._isChar ? items.join("") : PyList.fromIterable(items);
    }
    return this._info.fromC(this._storage[this._index(index)]!);
  }

  __setitem__(index: unknown, value: unknown): void {
    if (isSlice(index)) {
      const positions = sliceRange(index, this._storage.length);
      const values = [...(value as Iterable<unknown>)];
      if (values.length !== positions.length) throw new ValueError("Can only assign sequence of same size");
      const converted = values.map((v) => this._info.toC(v));
      positions.forEach((p, k) => (this._storage[p] = converted[k]!));
      return;
    }
    const i = this._index(index);
    this._storage[i] = this._info.toC(value);
  }

  *[Symbol.iterator](): Iterator<unknown> {
    for (let i = 0; i < this._storage.length; i++) yield this._info.fromC(this._storage[i]!);
  }

  /** c_char arrays: the bytes up to the first NUL. */
  get value(): unknown {
    const raw = this.raw as string;
    const nul = raw.indexOf("\0");
    return nul < 0 ? raw : raw.slice(0, nul);
  }

  set value(value: unknown) {
    const text = this._charText(value);
    if (text.length > this._storage.length) throw new ValueError("byte string too long");
    for (let i = 0; i < text.length; i++) this._storage[i] = text.charCodeAt(i);
    if (text.length < this._storage.length) this._storage[text.length] = 0;
  }

  /** c_char arrays: every byte. */
  get raw(): unknown {
    let s = "";
    for (let i = 0; i < this._storage.length; i++) s += String.fromCharCode(this._storage[i] as number);
    return s;
  }

  set raw(value: unknown) {
    const text = this._charText(value);
    if (text.length > this._storage.length) throw new ValueError("byte string too long");
    for (let i = 0; i < text.length; i++) this._storage[i] = text.charCodeAt(i);
  }

  // TODO(procs): Python 3 gives and takes bytes here (PyBytes); Python 2's str is a JS string.
  private _charText(value: unknown): string {
    if (!this._isChar) throw new TypeError(`'${this.constructor.name}' object has no attribute 'value'`);
    if (typeof value !== "string") throw new TypeError("bytes expected instead of str instance");
    return value;
  }

  get _typeName(): string {
    return `${this._type.name}_Array_${this._storage.length}`;
  }

  __repr__(): string {
    return `<multiprocessing.sharedctypes.${this._typeName} object at 0x${this._address.toString(16)}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}
