// The codec: Python values <-> bytes, for everything that crosses processes (start
// payloads, and later Queue, Pipe and Pool messages). Unlike pickle it never runs
// code on decode: instances are rebuilt with Object.create + defineProperty from
// classes found by name (the user module's exports or registered runtime classes),
// and shareable objects through their registered rebuilders. Corrupt input is
// rejected with a CodecError. Shared references and cycles survive (a memo).
//
// Two modes. "inheritance" (Process start: CPython forks, so anything the child
// inherits works) lets shareables travel as SharedArrayBuffer handles listed beside
// the bytes. "message" (Queue/Pipe/Pool, which pickle) refuses them with CPython's
// RuntimeError "Lock objects should only be shared between processes through
// inheritance".

import { PyBytes } from "../builtins/bytes.js";
import { PyDict } from "../builtins/dict.js";
import { PyFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { PyFrozenSet, PySet } from "../builtins/set.js";
import { PyTuple } from "../builtins/tuple.js";
import { CodecError, isShareable, kShare, runtimeClass, runtimeClassName, shareableRebuilder } from "./codecRegistry.js";
import { ByteReader, ByteWriter } from "./codecBytes.js";
import "./codecBuiltins.js";
import { moduleExports } from "./module.js";
import { RuntimeError, TypeError } from "../builtins/exceptions.js";

export { CodecError };

export type CodecMode = "inheritance" | "message";

export interface Encoded {
  readonly bytes: Uint8Array;
  readonly buffers: SharedArrayBuffer[];
}

const kMagic = 0x70; // "p"
const kVersion = 1;
/** Deeper nesting is refused on both sides (CPython's pickle hits its recursion limit too). */
export const kMaxDepth = 2000;

const enum Tag {
  None = 0,
  False = 1,
  True = 2,
  /** A module global that was unbound at start() (not a Python value; globals snapshots only). */
  Unbound = 3,
  Int32 = 4,
  SafeInt = 5,
  BigInt = 6,
  Float = 7,
  IntegralFloat = 8,
  Str8 = 9,
  Str16 = 10,
  List = 11,
  Tuple = 12,
  JsArray = 13,
  Record = 14,
  Instance = 15,
  Exception = 16,
  ModuleFunction = 17,
  BoundMethod = 18,
  ModuleClass = 19,
  RuntimeClass = 20,
  Shared = 21,
  Ref = 22,
  Dict = 23,
  Set = 24,
  FrozenSet = 25,
  Bytes = 26,
}

export function encode(value: unknown, mode: CodecMode): Encoded {
  const encoder = new Encoder(mode);
  encoder.writer.u8(kMagic);
  encoder.writer.u8(kVersion);
  encoder.value(value, 0);
  return { bytes: encoder.writer.finish(), buffers: encoder.buffers };
}

export function decode(bytes: Uint8Array, buffers: readonly SharedArrayBuffer[]): unknown {
  const decoder = new Decoder(bytes, buffers);
  if (decoder.reader.u8() !== kMagic || decoder.reader.u8() !== kVersion) throw new CodecError("not a py2ts-mp encoding");
  const value = decoder.value(0);
  if (!decoder.reader.atEnd()) throw new CodecError("trailing bytes after the value");
  return value;
}

class Encoder {
  readonly writer = new ByteWriter();
  readonly buffers: SharedArrayBuffer[] = [];
  private readonly _bufferIndex = new Map<SharedArrayBuffer, number>();
  private readonly _memo = new Map<object, number>();

  constructor(private readonly _mode: CodecMode) {}

  value(v: unknown, depth: number): void {
    if (depth > kMaxDepth) throw new RuntimeError("maximum recursion depth exceeded while encoding a value for another process");
    const w = this.writer;
    switch (typeof v) {
      case "undefined":
        return w.u8(Tag.Unbound);
      case "boolean":
        return w.u8(v ? Tag.True : Tag.False);
      case "number":
        if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
          if ((v | 0) === v) {
            w.u8(Tag.Int32);
            return w.i32(v);
          }
          w.u8(Tag.SafeInt);
          return w.f64(v);
        }
        // An integral number beyond 2^53 can only be a float (such ints are bigints).
        w.u8(Number.isInteger(v) || Object.is(v, -0) ? Tag.IntegralFloat : Tag.Float);
        return w.f64(v);
      case "bigint":
        w.u8(Tag.BigInt);
        return w.bigint(v);
      case "string":
        return this._string(v);
      case "function":
        return this._function(v);
      case "object":
        if (v === null) return w.u8(Tag.None);
        return this._object(v, depth);
      default:
        throw new TypeError(`cannot send a ${typeof v} to another process`);
    }
  }

  private _string(s: string): void {
    if (s.isWellFormed()) {
      this.writer.u8(Tag.Str8);
      this.writer.utf8(s);
    } else {
      // Lone surrogates (Python allows them) do not survive UTF-8.
      this.writer.u8(Tag.Str16);
      this.writer.utf16(s);
    }
  }

  /** Writes a back-reference if `obj` was seen; otherwise memoizes it and returns false. */
  private _ref(obj: object): boolean {
    const id = this._memo.get(obj);
    if (id !== undefined) {
      this.writer.u8(Tag.Ref);
      this.writer.varint(id);
      return true;
    }
    this._memo.set(obj, this._memo.size);
    return false;
  }

  private _object(obj: object, depth: number): void {
    const w = this.writer;
    if (obj instanceof PyFloat) {
      w.u8(Tag.IntegralFloat);
      return w.f64(obj.value);
    }
    if (this._ref(obj)) return;
    const cls = (obj as { constructor?: unknown }).constructor;
    if (Array.isArray(obj)) {
      if (cls !== PyList && cls !== PyTuple && cls !== Array) throw subclassError(obj);
      w.u8(cls === PyTuple ? Tag.Tuple : cls === PyList ? Tag.List : Tag.JsArray);
      w.varint(obj.length);
      for (const item of obj) this.value(item, depth + 1);
      return;
    }
    if (obj instanceof PyDict) {
      if (cls !== PyDict) throw subclassError(obj);
      w.u8(Tag.Dict);
      const keys = obj.keyArray();
      const values = obj.valueArray();
      w.varint(keys.length);
      for (let i = 0; i < keys.length; i++) {
        this.value(keys[i], depth + 1);
        this.value(values[i], depth + 1);
      }
      return;
    }
    if (obj instanceof PySet || obj instanceof PyFrozenSet) {
      if (cls !== PySet && cls !== PyFrozenSet) throw subclassError(obj);
      w.u8(cls === PySet ? Tag.Set : Tag.FrozenSet);
      const items = obj.elementArray();
      w.varint(items.length);
      for (const item of items) this.value(item, depth + 1);
      return;
    }
    if (obj instanceof PyBytes) {
      w.u8(Tag.Bytes);
      return w.bytes(obj.data);
    }
    if (isShareable(obj)) return this._shared(obj, depth);
    if (obj instanceof Error) return this._exception(obj, depth);
    const proto = Object.getPrototypeOf(obj) as object | null;
    if (proto === Object.prototype || proto === null) {
      w.u8(Tag.Record);
      return this._attributes(obj, depth);
    }
    if (typeof cls === "function" && (isModuleClass(cls) || runtimeClassName(cls) !== undefined)) {
      w.u8(Tag.Instance);
      this._function(cls);
      return this._attributes(obj, depth);
    }
    throw new TypeError(`cannot send ${describe(obj)} to another process: its class is not defined at module level`);
  }

  private _attributes(obj: object, depth: number): void {
    const keys = Object.keys(obj);
    this.writer.varint(keys.length);
    for (const key of keys) {
      this.writer.utf8(key);
      this.value((obj as Record<string, unknown>)[key], depth + 1);
    }
  }

  private _exception(error: Error, depth: number): void {
    const cls = error.constructor;
    if (!isModuleClass(cls) && runtimeClassName(cls) === undefined) {
      throw new TypeError(`cannot send the exception ${cls.name} to another process: its class is not defined at module level`);
    }
    this.writer.u8(Tag.Exception);
    this._function(cls);
    this.writer.utf8(error.message);
    this._attributes(error, depth);
  }

  private _shared(obj: object & { [kShare](): import("./codecRegistry.js").ShareState }, depth: number): void {
    const share = obj[kShare]();
    if (this._mode === "message") throw share.refuse?.() ?? new RuntimeError(`${share.typeName} objects should only be shared between processes through inheritance`);
    this.writer.u8(Tag.Shared);
    this.writer.utf8(share.kind);
    this.writer.varint(share.buffers.length);
    for (const buffer of share.buffers) {
      let index = this._bufferIndex.get(buffer);
      if (index === undefined) {
        index = this.buffers.length;
        this.buffers.push(buffer);
        this._bufferIndex.set(buffer, index);
      }
      this.writer.varint(index);
    }
    this.value(share.state, depth + 1);
  }

  private _function(fn: Function): void {
    const w = this.writer;
    const bound = fn as Partial<BoundMethod>;
    if (bound.__self__ !== undefined && typeof bound.__func__ === "function") {
      if (this._ref(fn)) return;
      w.u8(Tag.BoundMethod);
      this.value(bound.__self__, 1);
      return w.utf8(bound.__func__.name);
    }
    const runtimeName = runtimeClassName(fn);
    if (runtimeName !== undefined) {
      w.u8(Tag.RuntimeClass);
      return w.utf8(runtimeName);
    }
    if (moduleExports()?.[fn.name] === fn) {
      w.u8(isClass(fn) ? Tag.ModuleClass : Tag.ModuleFunction);
      return w.utf8(fn.name);
    }
    throw new TypeError(
      `cannot send ${isClass(fn) ? "the class" : "the function"} ${fn.name || "<lambda>"} to another process: ` +
        "only module-level functions and classes can be found there by name",
    );
  }
}

/** A Python bound method as the runtime represents it: the function carries its instance. */
export interface BoundMethod {
  (...args: unknown[]): unknown;
  readonly __self__: object;
  readonly __func__: Function;
}

class Decoder {
  readonly reader: ByteReader;
  private readonly _memo: unknown[] = [];
  private static readonly _pending = Symbol("pending");

  constructor(
    bytes: Uint8Array,
    private readonly _buffers: readonly SharedArrayBuffer[],
  ) {
    this.reader = new ByteReader(bytes, (message) => new CodecError(message));
  }

  value(depth: number): unknown {
    if (depth > kMaxDepth) throw new CodecError("nesting too deep");
    const r = this.reader;
    const tag = r.u8() as Tag;
    switch (tag) {
      case Tag.None:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Unbound:
        return undefined;
      case Tag.Int32:
        return r.i32();
      case Tag.SafeInt: {
        const n = r.f64();
        if (!Number.isSafeInteger(n) || (n | 0) === n) throw new CodecError("bad int");
        return n;
      }
      case Tag.BigInt: {
        const n = r.bigint();
        if (n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)) throw new CodecError("bad bigint");
        return n;
      }
      case Tag.Float: {
        const x = r.f64();
        if (Number.isInteger(x) && !Object.is(x, -0)) throw new CodecError("bad float");
        return x;
      }
      case Tag.IntegralFloat: {
        const x = r.f64();
        if (!Number.isInteger(x)) throw new CodecError("bad integral float");
        return new PyFloat(x);
      }
      case Tag.Str8:
        return r.utf8();
      case Tag.Str16:
        return r.utf16();
      case Tag.List:
        return this._array(new PyList(), depth);
      case Tag.Tuple:
        return this._array(new PyTuple(), depth);
      case Tag.JsArray:
        return this._array([], depth);
      case Tag.Record:
        return this._attributes(this._remember({}), depth);
      case Tag.Dict: {
        const dict = this._remember(new PyDict());
        const count = r.varint();
        for (let i = 0; i < count; i++) {
          const key = this.value(depth + 1);
          const value = this.value(depth + 1);
          hashable(() => dict.__setitem__(key, value));
        }
        return dict;
      }
      case Tag.Set: {
        const set = this._remember(new PySet());
        const count = r.varint();
        for (let i = 0; i < count; i++) {
          const item = this.value(depth + 1);
          hashable(() => set.add(item));
        }
        return set;
      }
      case Tag.FrozenSet: {
        // Immutable: built once its items are decoded (it cannot contain itself).
        const slot = this._reserve();
        const items: unknown[] = [];
        const count = r.varint();
        for (let i = 0; i < count; i++) items.push(this.value(depth + 1));
        const frozen = hashable(() => PyFrozenSet.fromIterable(items));
        this._memo[slot] = frozen;
        return frozen;
      }
      case Tag.Bytes:
        return this._remember(new PyBytes(r.bytes()));
      case Tag.Instance:
        return this._instance(depth);
      case Tag.Exception:
        return this._exception(depth);
      case Tag.ModuleFunction:
      case Tag.ModuleClass:
        return this._moduleMember(tag, r.utf8());
      case Tag.RuntimeClass: {
        const cls = runtimeClass(r.utf8());
        if (!cls) throw new CodecError("unknown runtime class");
        return cls;
      }
      case Tag.BoundMethod:
        return this._boundMethod(depth);
      case Tag.Shared:
        return this._shared(depth);
      case Tag.Ref: {
        const id = r.varint();
        if (id >= this._memo.length || this._memo[id] === Decoder._pending) throw new CodecError("bad back-reference");
        return this._memo[id];
      }
      default:
        throw new CodecError(`unknown tag ${tag as number}`);
    }
  }

  private _remember<T>(obj: T): T {
    this._memo.push(obj);
    return obj;
  }

  private _array<T extends { push(item: unknown): number }>(array: T, depth: number): T {
    this._remember(array);
    const length = this.reader.varint();
    for (let i = 0; i < length; i++) array.push(this.value(depth + 1));
    return array;
  }

  private _attributes<T extends object>(obj: T, depth: number): T {
    const count = this.reader.varint();
    for (let i = 0; i < count; i++) {
      const key = this.reader.utf8();
      // defineProperty: never a setter (or __proto__) on the way in.
      Object.defineProperty(obj, key, { value: this.value(depth + 1), writable: true, enumerable: true, configurable: true });
    }
    return obj;
  }

  private _classValue(): Function {
    const cls = this.value(kMaxDepth);
    if (typeof cls !== "function" || !isClass(cls)) throw new CodecError("expected a class");
    return cls;
  }

  private _instance(depth: number): object {
    const slot = this._reserve();
    const cls = this._classValue();
    const obj = Object.create(cls.prototype as object) as object;
    this._memo[slot] = obj;
    return this._attributes(obj, depth);
  }

  private _exception(depth: number): object {
    const slot = this._reserve();
    const cls = this._classValue();
    if (!(cls.prototype instanceof Error)) throw new CodecError("not an exception class");
    const error = Object.create(cls.prototype as object) as Error;
    Object.defineProperty(error, "message", { value: this.reader.utf8(), writable: true, enumerable: false, configurable: true });
    this._memo[slot] = error;
    return this._attributes(error, depth);
  }

  private _moduleMember(tag: Tag, name: string): Function {
    const member = moduleExports()?.[name];
    if (typeof member !== "function" || isClass(member) !== (tag === Tag.ModuleClass)) throw new CodecError(`the module has no ${name}`);
    return member;
  }

  private _boundMethod(depth: number): BoundMethod {
    const slot = this._reserve();
    const self = this.value(depth + 1);
    const name = this.reader.utf8();
    const func = findMethod(self, name);
    if (!func) throw new CodecError(`no method ${name}`);
    const method = Object.assign((...args: unknown[]) => func.apply(self, args) as unknown, { __self__: self as object, __func__: func });
    this._memo[slot] = method;
    return method;
  }

  private _shared(depth: number): object {
    const slot = this._reserve();
    const kind = this.reader.utf8();
    const rebuild = shareableRebuilder(kind);
    if (!rebuild) throw new CodecError(`unknown shared kind ${kind}`);
    const count = this.reader.varint();
    const buffers: SharedArrayBuffer[] = [];
    for (let i = 0; i < count; i++) {
      const buffer = this._buffers[this.reader.varint()];
      if (!buffer) throw new CodecError("bad buffer index");
      buffers.push(buffer);
    }
    const obj = rebuild(buffers, this.value(depth + 1));
    this._memo[slot] = obj;
    return obj;
  }

  private _reserve(): number {
    this._memo.push(Decoder._pending);
    return this._memo.length - 1;
  }
}

/** A method found through property descriptors, so no getter (user code) runs during decoding. */
function findMethod(obj: unknown, name: string): Function | null {
  if (typeof obj !== "object" || obj === null) return null;
  for (let proto: object | null = obj; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.value === "function" ? (descriptor.value as Function) : null;
  }
  return null;
}

const classCache = new WeakMap<Function, boolean>();

function isClass(fn: Function): boolean {
  let known = classCache.get(fn);
  if (known === undefined) {
    known = /^class[\s{]/.test(Function.prototype.toString.call(fn));
    classCache.set(fn, known);
  }
  return known;
}

function isModuleClass(cls: Function): boolean {
  return moduleExports()?.[cls.name] === cls;
}

/** A dict or set built from decoded items: an unhashable key means corrupt input. */
function hashable<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof TypeError) throw new CodecError(`unhashable key: ${String(error)}`);
    throw error;
  }
}

/** Subclasses of list, dict, set, ... (with attributes of their own) do not travel yet. */
function subclassError(obj: object): TypeError {
  return new TypeError(`cannot send ${describe(obj)} to another process: subclasses of built-in containers are not supported yet`);
}

function describe(obj: object): string {
  const name = (obj as { constructor?: { name?: string } }).constructor?.name;
  return name ? `a ${name} object` : "an object";
}
