// A ctypes array of a simple type (CPython's c_int_Array_10 and friends) over a
// buffer that sharedctypes puts in shared memory: indexing, slicing, len,
// iteration, .value/.raw for arrays of c_char and .value for arrays of c_wchar
// (whose slices are text, as c_char arrays' slices are bytes). Elements convert with the
// simple type's C rules (ctypes/index.ts). As in ctypes, each element type and
// length is its own class (`c_int * 3` is c_int_Array_3), which type(), isinstance
// and AttributeError messages name.

import { isPy2 } from "../builtins/dialect.js";
import { AttributeError, IndexError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyList } from "../builtins/list.js";
import { PyLong } from "../builtins/long.js";
import { PySlice, sliceIndicesOf } from "../builtins/slice.js";
import { className, registerLibraryClass, typeName } from "../builtins/types.js";
import { charValue, ctypeInfo, wcharText, wcharValue, type CTypeInfo } from "../ctypes/index.js";
import { registerProcessReset } from "../internal/forkState.js";

type Storage = ArrayLike<number | bigint> & { [index: number]: number | bigint; readonly buffer: ArrayBufferLike };

/** The indexes a slice selects in a sequence of `length` items. */
function sliceRange(s: PySlice, length: number): number[] {
  const [start, , step, count] = sliceIndicesOf(s, length);
  const out: number[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(j);
  return out;
}

const kFirstAddress = 0x7f0000001000;
let nextAddress = kFirstAddress;
registerProcessReset("multiprocessing.ctypesArray", () => (nextAddress = kFirstAddress));

export class CArray {
  /** Python attributes, as on PyObject: a library member this class lacks raises AttributeError (internal/missingLibraryMembers.ts). */
  [name: string]: any;

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

  get _isWchar(): boolean {
    return this._type.name === "c_wchar";
  }

  /** The characters at `positions` of a c_wchar array, as one text value. */
  private _wcharText(positions: Iterable<number>): unknown {
    let text = "";
    for (const i of positions) text += String.fromCodePoint(this._storage[i] as number);
    return wcharValue(text);
  }

  __len__(): number {
    return this._storage.length;
  }

  private _index(index: unknown): number {
    if (typeof index !== "number" || !Number.isInteger(index)) {
      if (typeof index !== "boolean" && typeof index !== "bigint" && !(index instanceof PyLong)) throw new TypeError("indices must be integers");
    }
    let i = Number(index instanceof PyLong ? index.value : index);
    if (i < 0) i += this._storage.length;
    if (i < 0 || i >= this._storage.length) throw new IndexError("invalid index");
    return i;
  }

  __getitem__(index: unknown): unknown {
    if (index instanceof PySlice) {
      const positions = sliceRange(index, this._storage.length);
      if (this._isChar) return charValue(positions.map((i) => this._storage[i] as number));
      if (this._isWchar) return this._wcharText(positions);
      return PyList.fromIterable(positions.map((i) => this._info.fromC(this._storage[i]!)));
    }
    return this._info.fromC(this._storage[this._index(index)]!);
  }

  __setitem__(index: unknown, value: unknown): void {
    if (index instanceof PySlice) {
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

  __delitem__(_index: unknown): never {
    throw new TypeError("Array does not support item deletion");
  }

  *[Symbol.iterator](): Iterator<unknown> {
    for (let i = 0; i < this._storage.length; i++) yield this._info.fromC(this._storage[i]!);
  }

  /** c_char arrays: the bytes up to the first NUL; c_wchar arrays: the text up to the first NUL. */
  get value(): unknown {
    if (this._isWchar) {
      let end = 0;
      while (end < this._storage.length && this._storage[end] !== 0) end++;
      return this._wcharText(Array.from({ length: end }, (_, i) => i));
    }
    this._charOnly("value");
    const bytes: number[] = [];
    for (let i = 0; i < this._storage.length && this._storage[i] !== 0; i++) bytes.push(this._storage[i] as number);
    return charValue(bytes);
  }

  set value(value: unknown) {
    if (this._isWchar) {
      this._setWcharValue(value);
      return;
    }
    const bytes = this._charBytes("value", value);
    if (bytes.length > this._storage.length) throw new ValueError(isPy2() ? "string too long" : "byte string too long");
    bytes.forEach((b, i) => (this._storage[i] = b));
    if (bytes.length < this._storage.length) this._storage[bytes.length] = 0;
  }

  /** As ctypes' WCharArray_set_value: the text, then a NUL if there is room for one. */
  private _setWcharValue(value: unknown): void {
    const codes = Array.from(wcharText(value), (ch) => ch.codePointAt(0)!);
    if (codes.length > this._storage.length) throw new ValueError("string too long");
    codes.forEach((c, i) => (this._storage[i] = c));
    if (codes.length < this._storage.length) this._storage[codes.length] = 0;
  }

  /** c_char arrays: every byte. */
  get raw(): unknown {
    this._charOnly("raw");
    return charValue(Array.from({ length: this._storage.length }, (_, i) => this._storage[i] as number));
  }

  set raw(value: unknown) {
    const bytes = this._charBytes("raw", value);
    if (bytes.length > this._storage.length) throw new ValueError(isPy2() ? "string too long" : "byte string too long");
    bytes.forEach((b, i) => (this._storage[i] = b));
  }

  private _charOnly(name: string): void {
    if (!this._isChar) throw new AttributeError(`'${this._typeName}' object has no attribute '${name}'`);
  }

  /** The bytes of a value assigned to .value/.raw: bytes in Python 3, a str in Python 2. */
  private _charBytes(name: string, value: unknown): number[] {
    this._charOnly(name);
    if (isPy2() && typeof value === "string") return Array.from(value, (ch) => ch.charCodeAt(0) & 0xff);
    if (!isPy2() && value instanceof PyBytes) return Array.from(value.data);
    throw new TypeError(isPy2() ? "expected string, " + typeName(value) + " found" : `bytes expected instead of ${typeName(value)} instance`);
  }

  get _typeName(): string {
    return className(this.constructor);
  }

  __repr__(): string {
    return `<multiprocessing.sharedctypes.${this._typeName} object at 0x${this._address.toString(16)}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

// CArray is ctypes' abstract base of the array classes.
registerLibraryClass(CArray, "_ctypes", "Array", { extensionType: true });

const arrayClasses = new Map<string, new (type: Function, buffer: ArrayBufferLike, length: number) => CArray>();

/**
 * A ctypes array of `length` items of `type` over `buffer`, an instance of the
 * class ctypes would make for `type * length` (one class per pair, as ctypes
 * caches them, so type(a) is type(b) for two arrays of 3 c_int).
 */
export function newCArray(type: Function, buffer: ArrayBufferLike, length: number): CArray {
  const name = `${type.name}_Array_${length}`;
  let cls = arrayClasses.get(name);
  if (cls === undefined) {
    cls = class extends CArray {};
    Object.defineProperty(cls, "name", { value: name });
    // ctypes creates the class where `type * length` runs: sharedctypes' RawArray.
    registerLibraryClass(cls, "multiprocessing.sharedctypes", name);
    arrayClasses.set(name, cls);
  }
  return new cls(type, buffer, length);
}
