// multiprocessing.sharedctypes: Value, Array, RawValue, RawArray. The C data lives
// in a SharedArrayBuffer, so every process that inherits the object reads and
// writes the same memory; Value and Array wrap it with a lock (an RLock unless one
// is given) that each .value / [i] access takes, exactly as CPython's Synchronized
// wrappers do, so `v.value += 1` is two locked steps and needs `with
// v.get_lock():` to be atomic, as in CPython. Emitted calls:
//   Value('i', 0)               -> Value("i", 0)
//   Value('d', lock=False)      -> Value("d", { lock: false })
//   Array('i', 10, lock=lk)     -> Array("i", 10, { lock: lk })

import * as ctypes from "../ctypes/index.js";
import { isPy2 } from "../builtins/dialect.js";
import { expectCodec, kShare, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { hasattr } from "../builtins/attributes.js";
import { iter, len } from "../builtins/iteration.js";
import { PyLong } from "../builtins/long.js";
import { kDefinedInPython } from "../builtins/subscript.js";
import { AttributeError, TypeError, ValueError } from "../builtins/exceptions.js";
import { repr as pyRepr } from "../builtins/repr.js";
import { registerLibraryClass, typeName } from "../builtins/types.js";
import { CArray, newCArray } from "./ctypesArray.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";
import { RLock, SemLockBase } from "./synchronize.js";

const typecodeToType: Readonly<Record<string, Function>> = {
  c: ctypes.c_char, u: ctypes.c_wchar,
  b: ctypes.c_byte, B: ctypes.c_ubyte,
  h: ctypes.c_short, H: ctypes.c_ushort,
  i: ctypes.c_int, I: ctypes.c_uint,
  l: ctypes.c_long, L: ctypes.c_ulong,
  q: ctypes.c_longlong, Q: ctypes.c_ulonglong,
  f: ctypes.c_float, d: ctypes.c_double,
};

/** The trailing options object of Value/Array (Python's keyword-only `lock`). */
export interface SharedOptions {
  readonly lock?: boolean | SemLockBase | null;
}

function isOptions(value: unknown): value is SharedOptions {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function resolveType(typecodeOrType: unknown): Function {
  const type = typeof typecodeOrType === "string" ? typecodeToType[typecodeOrType] : typecodeOrType;
  if (typeof type !== "function" || ctypes.ctypeInfo(type) === null) throw new TypeError("this type has no size");
  return type;
}

function sharedBytes(size: number): SharedArrayBuffer {
  // At least 8 bytes, so 64-bit views are always aligned and in bounds.
  return new SharedArrayBuffer(Math.max(8, size));
}

/** RawValue(typecode_or_type, *args): a ctypes object in shared memory, without a lock. */
export function RawValue(typecodeOrType: unknown, ...args: unknown[]): ctypes._SimpleCData {
  const type = resolveType(typecodeOrType);
  if (args.length > 1) throw new TypeError(`__init__ expected at most 1 argument, got ${args.length}`);
  const obj = ctypes.viewOf(type, sharedBytes(ctypes.sizeof(type)), 0);
  if (args.length === 1) obj.value = args[0];
  return obj;
}

/** RawArray(typecode_or_type, size_or_initializer): a ctypes array in shared memory, without a lock. */
export function RawArray(typecodeOrType: unknown, sizeOrInitializer: unknown): CArray {
  const type = resolveType(typecodeOrType);
  let init: unknown[] | null = null;
  let length = sizeOfArray(sizeOrInitializer);
  if (length === null) {
    // As CPython: anything but an int is an initializer, sized with len() first
    // (Array('i', 2.0): "object of type 'float' has no len()").
    len(sizeOrInitializer);
    init = [...iter(sizeOrInitializer)];
    length = init.length;
  }
  if (length < 0) throw new ValueError(`Array length must be >= 0, not ${length}`);
  const array = newCArray(type, sharedBytes(length * ctypes.sizeof(type)), length);
  if (init) init.forEach((value, i) => array.__setitem__(i, value));
  return array;
}

/** The length an int size_or_initializer gives (bool is an int, and so is a Python 2 long), or null. */
function sizeOfArray(size: unknown): number | null {
  if (typeof size === "number" && Number.isInteger(size)) return size;
  if (typeof size === "boolean") return size ? 1 : 0;
  if (typeof size === "bigint") return Number(size);
  if (size instanceof PyLong) return Number(size.value);
  return null;
}

/** The lock a Value/Array gets: an RLock for lock=True/None, the given one, or none (lock=False). */
function chooseLock(options: SharedOptions): SemLockBase | null {
  const lock = options.lock;
  if (lock === false) return null;
  if (lock === true || lock === null || lock === undefined) return new RLock();
  if (!hasattr(lock, "acquire")) throw new AttributeError(`${pyRepr(lock)} has no method 'acquire'`);
  return lock;
}

/**
 * Value(typecode_or_type, *args, lock=True): a Synchronized wrapper, or the raw
 * ctypes object with lock=False. Typed `any` (a Python value of either class) so
 * emitted code may use either's attributes.
 */
export function Value(typecodeOrType: unknown, ...rest: unknown[]): any {
  const options = rest.length > 0 && isOptions(rest[rest.length - 1]) ? (rest.pop() as SharedOptions) : {};
  const obj = RawValue(typecodeOrType, ...rest);
  const lock = chooseLock(options);
  return lock === null ? obj : new Synchronized(obj, lock);
}

/**
 * Array(typecode_or_type, size_or_initializer, *, lock=True): a SynchronizedArray
 * (SynchronizedString for 'c'), or the raw ctypes array with lock=False. Typed
 * `any` like Value.
 */
export function Array(typecodeOrType: unknown, sizeOrInitializer: unknown, options: SharedOptions = {}): any {
  if (!isOptions(options)) throw new TypeError("Array() takes 3 positional arguments but 4 were given");
  const obj = RawArray(typecodeOrType, sizeOrInitializer);
  const lock = chooseLock(options);
  if (lock === null) return obj;
  return obj._isChar ? new SynchronizedString(obj, lock) : new SynchronizedArray(obj, lock);
}

/** What Synchronized wrappers share: the wrapped object, its lock, and the lock methods. */
export abstract class SynchronizedBase<T extends object> {
  /** Python attributes, as on PyObject: a library member this class lacks raises AttributeError (internal/missingLibraryMembers.ts). */
  [name: string]: any;

  constructor(
    readonly _obj: T,
    readonly _lock: SemLockBase,
  ) {}

  get_obj(): T {
    return this._obj;
  }

  get_lock(): SemLockBase {
    return this._lock;
  }

  acquire(block?: unknown, timeout?: unknown): boolean {
    return this._lock.acquire(block, timeout);
  }

  release(): null {
    return this._lock.release();
  }

  /**
   * Python 3's context manager (the lock's). Python 2.7's SynchronizedBase has none:
   * `with v:` there fails looking up __exit__ (AttributeError: __exit__).
   */
  get __enter__(): () => boolean {
    if (isPy2()) throw new AttributeError("__exit__");
    return () => this._lock.__enter__();
  }

  get __exit__(): (...args: unknown[]) => null {
    if (isPy2()) throw new AttributeError("__exit__");
    return (...args: unknown[]) => this._lock.__exit__(...args);
  }

  protected _locked<R>(action: () => R): R {
    this._lock.acquire();
    try {
      return action();
    } finally {
      this._lock.release();
    }
  }

  __repr__(): string {
    return `<${this.constructor.name} wrapper for ${pyRepr(this._obj)}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [kShare](): ShareState {
    return { kind: "Synchronized", typeName: this.constructor.name, buffers: [], state: { obj: this._obj, lock: this._lock } };
  }
}

export class Synchronized extends SynchronizedBase<ctypes._SimpleCData> {
  // Written out rather than through _locked: `v.value += 1` in a loop is the hot path.
  get value(): unknown {
    const lock = this._lock;
    lock.acquire();
    try {
      return this._obj.value;
    } finally {
      lock.release();
    }
  }

  set value(value: unknown) {
    const lock = this._lock;
    lock.acquire();
    try {
      this._obj.value = value;
    } finally {
      lock.release();
    }
  }
}

export class SynchronizedArray extends SynchronizedBase<CArray> {
  /** A Python class in CPython: `del a[i]` is AttributeError: __delitem__ (builtins/subscript.ts). */
  static readonly [kDefinedInPython] = true;

  __len__(): number {
    return this._obj.__len__();
  }

  __getitem__(index: unknown): unknown {
    return this._locked(() => this._obj.__getitem__(index));
  }

  __setitem__(index: unknown, value: unknown): void {
    this._locked(() => this._obj.__setitem__(index, value));
  }

  *[Symbol.iterator](): Iterator<unknown> {
    // CPython iterates through __getitem__, one locked access per element.
    for (let i = 0; i < this._obj.__len__(); i++) yield this.__getitem__(i);
  }
}

export class SynchronizedString extends SynchronizedArray {
  get value(): unknown {
    return this._locked(() => this._obj.value);
  }

  set value(value: unknown) {
    this._locked(() => (this._obj.value = value));
  }

  get raw(): unknown {
    return this._locked(() => this._obj.raw);
  }

  set raw(value: unknown) {
    this._locked(() => (this._obj.raw = value));
  }
}

// -- Inheritance: the C data and the lock travel as shared handles -----------------

function typecodeOf(type: Function): string {
  return (type as unknown as { _type_: string })._type_;
}

function typeOfCode(code: unknown): Function {
  const type = Object.values(typecodeToType).find((t) => typecodeOf(t) === code) ?? (code === "?" ? ctypes.c_bool : undefined);
  expectCodec(type !== undefined, "ctypes typecode");
  return type;
}

/** Raw ctypes objects: CPython's pickle fails on their mmap; inheritance shares the memory. */
function shareRaw(obj: ctypes._SimpleCData | CArray): ShareState {
  const isArray = obj instanceof CArray;
  const type = isArray ? obj._type : obj.constructor;
  const length = isArray ? obj.__len__() : -1;
  return {
    kind: "ctypes",
    typeName: typeName(obj),
    // Python 3's rebuild_ctype registers reduce_ctype with ForkingPickler, whose
    // assert_spawning is the usual RuntimeError (the codec's default) for Queue,
    // Pipe and Pool traffic. Python 2 pickles them with plain cPickle instead (not
    // reproduced: its mmap-backed buffer fails as below).
    refuse: isPy2() ? () => new TypeError("cannot pickle 'mmap.mmap' object") : undefined,
    buffers: [obj._buffer as SharedArrayBuffer],
    state: [typecodeOf(type), length],
  };
}

Object.defineProperty(ctypes._SimpleCData.prototype, kShare, { value(this: ctypes._SimpleCData) { return shareRaw(this); } });
Object.defineProperty(CArray.prototype, kShare, { value(this: CArray) { return shareRaw(this); } });

registerShareable("ctypes", (buffers, state) => {
  expectCodec(globalThis.Array.isArray(state) && state.length === 2, "ctypes handle");
  const [code, length] = state as [unknown, unknown];
  expectCodec(buffers.length === 1 && typeof length === "number" && Number.isInteger(length) && length >= -1, "ctypes handle");
  const type = typeOfCode(code);
  expectCodec(buffers[0]!.byteLength >= Math.max(0, length) * ctypes.sizeof(type), "ctypes buffer");
  return length < 0 ? ctypes.viewOf(type, buffers[0]!, 0) : newCArray(type, buffers[0]!, length);
});

registerShareable("Synchronized", (_buffers, state) => {
  expectCodec(typeof state === "object" && state !== null, "Synchronized handle");
  const { obj, lock } = state as { obj?: unknown; lock?: unknown };
  expectCodec(lock instanceof SemLockBase && (obj instanceof CArray || obj instanceof ctypes._SimpleCData), "Synchronized handle");
  if (obj instanceof CArray) return obj._isChar ? new SynchronizedString(obj, lock) : new SynchronizedArray(obj, lock);
  return new Synchronized(obj, lock);
});
registerLibraryClass(SynchronizedBase, "multiprocessing.sharedctypes");
for (const cls of [Synchronized, SynchronizedArray, SynchronizedString]) registerLibraryClass(cls, "multiprocessing.sharedctypes");
// A raw value or array (RawValue, Value(..., lock=False)) has no get_lock() or
// get_obj(): `with v.get_lock():` on one raises AttributeError, as in CPython.
refuseMissingLibraryMembers(ctypes._SimpleCData, CArray, SynchronizedBase);
