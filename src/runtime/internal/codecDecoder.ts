// The codec's decoder: bytes (plus the SharedArrayBuffers listed beside them) ->
// a Python value. It never runs user code and turns any malformed input into a
// CodecError (codec.ts has the contract, codecFormat.ts the tags).

import { getattr } from "../builtins/attributes.js";
import { callKw } from "../builtins/call.js";
import { isPy2 } from "../builtins/dialect.js";
import { PyByteArray } from "../builtins/bytearray.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyDict } from "../builtins/dict.js";
import { TypeError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { PyList } from "../builtins/list.js";
import { PyFrozenSet, PySet } from "../builtins/set.js";
import { PyTuple } from "../builtins/tuple.js";
import { ByteReader } from "./codecBytes.js";
import { ContainerBase, kMaxDepth, Tag, isClass, type BoundMethod } from "./codecFormat.js";
import { CodecError, reducibleRestorer, runtimeClass, runtimeClassName, shareableRebuilder } from "./codecRegistry.js";
import { moduleExports } from "./module.js";
import { findModuleLambda } from "./moduleLambdas.js";

/**
 * Exceptions of the script's classes decoded since the last message began. The
 * decoder runs no user code; Queue.get() and Connection.recv() take these and
 * run their __init__ as unpickling does (multiprocessing/unpickledExceptions.ts).
 */
let decodedScriptExceptions: Error[] = [];

/** Forgets what earlier decodes recorded (called as a message's decoding begins). */
export function forgetDecodedScriptExceptions(): void {
  if (decodedScriptExceptions.length > 0) decodedScriptExceptions = [];
}

/** The script-class exceptions of the message just decoded, in decoding order. */
export function takeDecodedScriptExceptions(): Error[] {
  const taken = decodedScriptExceptions;
  if (taken.length > 0) decodedScriptExceptions = [];
  return taken;
}

export class Decoder {
  readonly reader: ByteReader;
  private _memo: unknown[] = [];
  private static readonly _pending = Symbol("pending");

  constructor(
    bytes: Uint8Array,
    private _buffers: readonly SharedArrayBuffer[],
    /** Queue, Pipe and Pool traffic: what only a fork can pass (a module-level lambda) is corrupt input here. */
    private readonly _messageMode = false,
  ) {
    this.reader = new ByteReader(bytes, codecError);
  }

  /** Starts a new value (message traffic reuses one decoder per process). */
  reset(bytes: Uint8Array, buffers: readonly SharedArrayBuffer[]): void {
    this.reader.reset(bytes);
    this._buffers = buffers;
    // A new array: setting `length` is a slow builtin call.
    if (this._memo.length > 0) this._memo = [];
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
      case Tag.Reduced:
        return this._reduced(depth);
      // r.bytes() is already a copy; the constructors would copy it again element by element (10 ms for 10 MB).
      case Tag.Bytes:
        return this._remember(PyBytes.adopt(r.bytes()));
      case Tag.ByteArray:
        return this._remember(new PyByteArray(r.bytes()));
      case Tag.Instance:
        return this._instance(depth);
      case Tag.InstanceState:
        return this._instanceState(depth);
      case Tag.ReduceCall:
        return this._reduceCall(depth);
      case Tag.ContainerSubclass:
        return this._containerSubclass(depth);
      case Tag.Exception:
        return this._exception(depth);
      case Tag.ModuleFunction:
      case Tag.ModuleClass:
        return this._moduleMember(tag, r.utf8());
      case Tag.ModuleLambda: {
        if (this._messageMode) throw new CodecError("a module-level lambda in a message (pickle cannot send one)");
        const name = r.utf8();
        const fn = findModuleLambda(name);
        if (!fn) throw new CodecError(`the module has no lambda ${name}`);
        return fn;
      }
      case Tag.RuntimeClass: {
        const cls = runtimeClass(r.utf8());
        if (!cls) throw new CodecError("unknown runtime class");
        return cls;
      }
      case Tag.BoundMethod:
        return this._boundMethod(depth);
      case Tag.ClassMember:
        return this._classMember(depth);
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

  private _array<T extends { [index: number]: unknown }>(array: T, depth: number): T {
    this._remember(array);
    const length = this.reader.varint();
    // Indexed stores, not push(): push on an Array subclass (PyList, PyTuple) takes
    // V8's slow path, about ten times slower for a small tuple.
    for (let i = 0; i < length; i++) array[i] = this.value(depth + 1);
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

  /**
   * pickle's BUILD: the state goes to __setstate__ if the class has one, else a
   * dict state becomes the attributes; a None state (no BUILD) leaves the object bare.
   */
  private _instanceState(depth: number): object {
    const slot = this._reserve();
    const cls = this._classValue();
    const obj = Object.create(cls.prototype as object) as Record<string, unknown>;
    this._memo[slot] = obj;
    return this._build(obj, this.value(depth + 1));
  }

  /** pickle's REDUCE (the script's callable called with its args), then BUILD with the state. */
  private _reduceCall(depth: number): object {
    if (!this._messageMode) throw new CodecError("a reduce call outside a message");
    const slot = this._reserve();
    // Only the script's own module-level functions and classes (codecEncoder.ts sends no other).
    const callableTag = this.reader.peekU8();
    if (callableTag !== Tag.ModuleFunction && callableTag !== Tag.ModuleClass) throw new CodecError("a reduce call of something not defined by the script");
    const callable = this.value(depth + 1);
    const args = this.value(depth + 1);
    if (typeof callable !== "function" || !(args instanceof PyTuple)) throw new CodecError("bad reduce call");
    const obj = callKw(callable, [...args]) as unknown;
    this._memo[slot] = obj;
    const state = this.value(depth + 1);
    if (state !== null && (typeof obj !== "object" || obj === null)) throw new CodecError("state for a value without attributes");
    return state === null ? (obj as object) : this._build(obj as Record<string, unknown>, state);
  }

  /**
   * An instance of a script's list or dict subclass, made without its __init__
   * (copyreg.__newobj__). A message fills it as pickle's APPENDS/SETITEMS do,
   * through the class's own extend (Python 3) or __setitem__ when it overrides them; a fork
   * snapshot copies the items directly.
   */
  private _containerSubclass(depth: number): object {
    const slot = this._reserve();
    const cls = this._classValue();
    const base = this.reader.u8() as ContainerBase;
    if (base !== ContainerBase.List && base !== ContainerBase.Dict) throw new CodecError("bad container base");
    const storage = base === ContainerBase.List ? PyList : PyDict;
    if (!(cls.prototype instanceof storage)) throw new CodecError("not a container subclass");
    const obj = Reflect.construct(storage, [], cls) as PyList<unknown> | PyDict;
    this._memo[slot] = obj;
    const count = this.reader.varint();
    if (obj instanceof PyDict) {
      const setitem = this._messageMode ? findMethod(obj, "__setitem__") ?? PyDict.prototype.__setitem__ : PyDict.prototype.__setitem__;
      for (let i = 0; i < count; i++) {
        const key = this.value(depth + 1);
        const value = this.value(depth + 1);
        hashable(() => setitem.call(obj, key, value));
      }
    } else {
      const items = new PyList<unknown>();
      for (let i = 0; i < count; i++) items[i] = this.value(depth + 1);
      // Python 2's cPickle appends to anything PyList_Check accepts directly.
      const extend = this._messageMode && !isPy2() ? findMethod(obj, "extend") ?? PyList.prototype.extend : PyList.prototype.extend;
      extend.call(obj, items);
    }
    return this._attributes(obj, depth);
  }

  private _build(obj: Record<string, unknown>, state: unknown): object {
    if (state === null) return obj;
    // The class's own __setstate__ is the one user code pickle's BUILD runs while loading.
    const setstate = findMethod(obj, "__setstate__");
    if (setstate !== null) {
      setstate.call(obj, state);
    } else if (state instanceof PyDict) {
      const keys = state.keyArray();
      const values = state.valueArray();
      for (let i = 0; i < keys.length; i++) if (typeof keys[i] === "string") obj[keys[i] as string] = values[i];
    } else {
      // pickle's UnpicklingError; a CodecError keeps "bad bytes only raise CodecError" true.
      throw new CodecError("state is not a dictionary");
    }
    return obj;
  }

  private _exception(depth: number): object {
    const slot = this._reserve();
    const cls = this._classValue();
    if (!(cls.prototype instanceof Error)) throw new CodecError("not an exception class");
    const error = Object.create(cls.prototype as object) as Error;
    const hasMessage = this.reader.u8();
    if (hasMessage > 1) throw new CodecError("bad exception message flag");
    if (hasMessage === 1) Object.defineProperty(error, "message", { value: this.reader.utf8(), writable: true, enumerable: false, configurable: true });
    this._memo[slot] = error;
    const decoded = this._attributes(error, depth);
    // pickle would call the script's class with the args once they are built: the receiver does that later.
    if (runtimeClassName(cls) === undefined) decodedScriptExceptions.push(error);
    return decoded;
  }

  private _reduced(depth: number): object {
    const slot = this._reserve();
    const cls = this._classValue();
    const restore = reducibleRestorer(this.reader.utf8());
    if (!restore) throw new CodecError("unknown reducible kind");
    const obj = Object.create(cls.prototype as object) as object;
    const state = this.value(depth + 1);
    try {
      restore(obj, state);
    } catch (error) {
      throw new CodecError(`corrupt state: ${String(error)}`);
    }
    this._memo[slot] = obj;
    return obj;
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

  private _classMember(depth: number): Function {
    const slot = this._reserve();
    const cls = this.value(depth + 1);
    const name = this.reader.utf8();
    // A class of the script, or a builtin type (`str.upper`).
    const member: unknown = typeof cls === "function" ? getattr(cls, name, null) : null;
    if (typeof member !== "function") throw new CodecError(`no class member ${name}`);
    this._memo[slot] = member;
    return member;
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

function codecError(message: string): Error {
  return new CodecError(message);
}

/** A method found through property descriptors, so no getter (user code) runs during decoding. */
function findMethod(obj: unknown, name: string): Function | null {
  // A class is the instance of a class method bound to it (`Calc.make`).
  if ((typeof obj !== "object" && typeof obj !== "function") || obj === null) return null;
  for (let proto: object | null = obj; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.value === "function" ? (descriptor.value as Function) : null;
  }
  return null;
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
