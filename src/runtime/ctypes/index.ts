// Python's ctypes simple types (c_int, c_double, c_bool, c_char, ...) with C's
// conversions: integers wrap to their width, c_float rounds to float32, c_char
// holds one byte. Each object views its own few bytes of a buffer, which
// multiprocessing.sharedctypes places in shared memory. Sizes are Linux x86-64's
// (c_long is 64 bits, and c_longlong is the same type as c_long, as in CPython).

import { isPy2 } from "../builtins/dialect.js";
import { ByteSequence, PyBytes } from "../builtins/bytes.js";
import { floatValue, PyFloat, toFloat } from "../builtins/float.js";
import { TypeError } from "../builtins/exceptions.js";
import { repr as pyRepr } from "../builtins/repr.js";
import { asLong, PyLong } from "../builtins/long.js";
import { truthy } from "../builtins/truth.js";
import { typeName } from "../builtins/types.js";
import { asciiDecode, isUnicode, PyUnicode, u } from "../builtins/unicode.js";

type Storage = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

interface StorageConstructor {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): Storage;
  readonly BYTES_PER_ELEMENT: number;
}

/** How a simple type converts Python values to its C representation and back. */
export interface CTypeInfo {
  readonly storage: StorageConstructor;
  /** Python value -> the number/bigint stored (raises CPython's TypeError). */
  toC(value: unknown): number | bigint;
  /** The stored number/bigint -> the Python value `.value` returns. */
  fromC(raw: number | bigint): unknown;
}

function intToC(value: unknown): number | bigint {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof PyLong) return value.value;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") return value;
  if (isPy2()) throw new TypeError(typeof value === "number" || value instanceof PyFloat ? "int expected instead of float" : "an integer is required");
  throw new TypeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
}

/**
 * An integer type of `bits` bits: wraps like C, as ctypes does silently. Python
 * 2's ctypes reads c_uint and c_ulong back as long (I_get and L_get build a
 * PyLong), so Value('L', 5).value is 5L there.
 */
function intType(storage: StorageConstructor, bits: number, signed: boolean): CTypeInfo {
  const py2Long = !signed && bits >= 32;
  const big = bits === 64;
  return {
    storage,
    toC(value) {
      const n = intToC(value);
      if (big) return signed ? BigInt.asIntN(64, BigInt(n)) : BigInt.asUintN(64, BigInt(n));
      // The typed array wraps numbers modulo 2^bits on store; a bigint is reduced first.
      return typeof n === "bigint" ? Number(BigInt.asIntN(bits, n)) : n;
    },
    fromC(raw) {
      if (py2Long && isPy2()) return asLong(raw as number | bigint);
      if (typeof raw === "bigint") return raw >= BigInt(Number.MIN_SAFE_INTEGER) && raw <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(raw) : raw;
      return raw;
    },
  };
}

function floatType(storage: StorageConstructor): CTypeInfo {
  return {
    storage,
    toC(value) {
      if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value instanceof PyFloat) return floatValue(value);
      if (value instanceof PyLong) return Number(value.value);
      throw new TypeError(isPy2() ? "a float is required" : `must be real number, not ${typeName(value)}`);
    },
    fromC: (raw) => toFloat(raw as number),
  };
}

const boolType: CTypeInfo = {
  storage: Uint8Array,
  toC: (value) => (truthy(value) ? 1 : 0),
  fromC: (raw) => raw !== 0,
};

/** c_char holds one byte: bytes(1) in Python 3 (an int 0..255 is accepted too), a one-character str in Python 2. */
const charType: CTypeInfo = {
  storage: Uint8Array,
  toC(value) {
    if (isPy2()) {
      if (typeof value === "string" && value.length === 1 && value.charCodeAt(0) < 256) return value.charCodeAt(0);
      throw new TypeError("one character string expected");
    }
    if (value instanceof ByteSequence && value.length === 1) return value.data[0]!;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 256) return value;
    throw new TypeError("one character bytes, bytearray or integer expected");
  },
  fromC: (raw) => charValue([raw as number]),
};

/** Bytes as the dialect's bytes value: PyBytes in Python 3, a str in Python 2. */
export function charValue(bytes: ArrayLike<number>): PyBytes | string {
  return isPy2() ? String.fromCharCode(...Array.from(bytes)) : new PyBytes(bytes);
}

/**
 * c_wchar holds one character: a str in Python 3; in Python 2 a unicode value,
 * or a str that ctypes decodes as ASCII first. Python 2 reads it back as unicode.
 */
const wcharType: CTypeInfo = {
  storage: Uint32Array,
  toC(value) {
    const text = wcharText(value);
    if ([...text].length !== 1) throw new TypeError("one character unicode string expected");
    return text.codePointAt(0)!;
  },
  fromC: (raw) => wcharValue(String.fromCodePoint(raw as number)),
};

/** The text of a value stored in c_wchar memory (TypeError for other types, as ctypes' u_set). */
export function wcharText(value: unknown): string {
  if (!isPy2() && typeof value === "string") return value;
  if (isPy2() && isUnicode(value)) return value.text;
  if (isPy2() && typeof value === "string") return asciiDecode(value);
  throw new TypeError("unicode string expected instead of " + typeName(value) + " instance");
}

/** Text read from c_wchar memory: a str in Python 3, unicode in Python 2. */
export function wcharValue(text: string): string | PyUnicode {
  return isPy2() ? u(text) : text;
}

/** A ctypes simple type: a class whose instances hold one C value. */
export abstract class _SimpleCData {
  /** Python attributes, as on PyObject: a library member this class lacks raises AttributeError (internal/missingLibraryMembers.ts). */
  [name: string]: any;

  /** The struct-module code ("i", "d", ...): multiprocessing's typecode. */
  static readonly _type_: string;
  static readonly _info_: CTypeInfo;
  private readonly _storage: Storage;
  private readonly _info: CTypeInfo;

  /**
   * `new c_int(5)`, or `new c_int({ value: 5 })` as emitted code calls a library
   * class; with `storage`, a view on existing (shared) memory instead of fresh bytes.
   */
  constructor(value?: unknown, storage?: Storage) {
    if (storage === undefined && isOptionsObject(value)) value = value.value;
    this._info = (this.constructor as typeof _SimpleCData)._info_;
    this._storage = storage ?? new this._info.storage(new ArrayBuffer(8), 0, 1);
    if (value !== undefined) this.value = value;
  }

  get value(): unknown {
    return this._info.fromC(this._storage[0]!);
  }

  set value(value: unknown) {
    this._storage[0] = this._info.toC(value) as never;
  }

  /** The memory behind this object (sharedctypes hands it to children). */
  get _buffer(): ArrayBufferLike {
    return this._storage.buffer;
  }

  __repr__(): string {
    return `${this.constructor.name}(${pyRepr(this.value)})`;
  }

  toString(): string {
    return this.__repr__();
  }
}

/** The options object of an emitted library-class call (a Python value is never a plain object). */
function isOptionsObject(value: unknown): value is { value?: unknown } {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function simple(name: string, typecode: string, info: CTypeInfo): typeof _SimpleCData {
  // A named class per type, so repr and type().__name__ say c_int, c_double, ...
  const cls = {
    [name]: class extends _SimpleCData {
      static readonly __name__ = name;
      static override readonly _type_ = typecode;
      static override readonly _info_ = info;
    },
  }[name]!;
  return cls as unknown as typeof _SimpleCData;
}

type SimpleType = new (value?: unknown) => _SimpleCData;

export const c_bool = simple("c_bool", "?", boolType) as unknown as SimpleType;
export const c_char = simple("c_char", "c", charType) as unknown as SimpleType;
export const c_wchar = simple("c_wchar", "u", wcharType) as unknown as SimpleType;
export const c_byte = simple("c_byte", "b", intType(Int8Array, 8, true)) as unknown as SimpleType;
export const c_ubyte = simple("c_ubyte", "B", intType(Uint8Array, 8, false)) as unknown as SimpleType;
export const c_short = simple("c_short", "h", intType(Int16Array, 16, true)) as unknown as SimpleType;
export const c_ushort = simple("c_ushort", "H", intType(Uint16Array, 16, false)) as unknown as SimpleType;
export const c_int = simple("c_int", "i", intType(Int32Array, 32, true)) as unknown as SimpleType;
export const c_uint = simple("c_uint", "I", intType(Uint32Array, 32, false)) as unknown as SimpleType;
export const c_long = simple("c_long", "l", intType(BigInt64Array, 64, true)) as unknown as SimpleType;
export const c_ulong = simple("c_ulong", "L", intType(BigUint64Array, 64, false)) as unknown as SimpleType;
export const c_float = simple("c_float", "f", floatType(Float32Array)) as unknown as SimpleType;
export const c_double = simple("c_double", "d", floatType(Float64Array)) as unknown as SimpleType;

// Aliases on a 64-bit Linux, as ctypes defines them.
export const c_longlong = c_long;
export const c_ulonglong = c_ulong;
export const c_int8 = c_byte;
export const c_uint8 = c_ubyte;
export const c_int16 = c_short;
export const c_uint16 = c_ushort;
export const c_int32 = c_int;
export const c_uint32 = c_uint;
export const c_int64 = c_long;
export const c_uint64 = c_ulong;
export const c_size_t = c_ulong;
export const c_ssize_t = c_long;

/** The simple type's conversion rules (sharedctypes reads and writes shared memory with them). */
export function ctypeInfo(type: Function): CTypeInfo | null {
  return type.prototype instanceof _SimpleCData ? (type as unknown as typeof _SimpleCData)._info_ : null;
}

/** Views one element of type `type` at index `index` of `buffer`. */
export function viewOf(type: Function, buffer: ArrayBufferLike, index: number): _SimpleCData {
  const info = ctypeInfo(type)!;
  const storage = new info.storage(buffer, index * info.storage.BYTES_PER_ELEMENT, 1);
  return new (type as unknown as new (value: undefined, storage: Storage) => _SimpleCData)(undefined, storage);
}

/** sizeof(type or instance) in bytes. */
export function sizeof(type: Function | _SimpleCData): number {
  const info = type instanceof _SimpleCData ? ctypeInfo(type.constructor) : typeof type === "function" ? ctypeInfo(type) : null;
  if (!info) throw new TypeError("this type has no size");
  return info.storage.BYTES_PER_ELEMENT;
}

// `print(ctypes)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "ctypes");
