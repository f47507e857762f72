// The codec's encoder: a Python value -> bytes plus the SharedArrayBuffers its
// shared handles refer to (codec.ts has the contract, codecFormat.ts the tags).

import { getattr } from "../builtins/attributes.js";
import { builtinTypeMember } from "../builtins/callMethod.js";
import { isPy2 } from "../builtins/dialect.js";
import { PyByteArray } from "../builtins/bytearray.js";
import { PyBytes } from "../builtins/bytes.js";
import { InstanceDict } from "../builtins/attributeDicts.js";
import { PyDict } from "../builtins/dict.js";
import { PyDictItems, PyDictKeys, PyDictValues } from "../builtins/dictViews.js";
import { RecursionError, RuntimeError, TypeError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { addressOf } from "../builtins/object.js";
import { repr } from "../builtins/repr.js";
import { typeName } from "../builtins/types.js";
import { PyList } from "../builtins/list.js";
import { PyFrozenSet, PySet } from "../builtins/set.js";
import { PyTuple } from "../builtins/tuple.js";
import { ByteWriter } from "./codecBytes.js";
import { ContainerBase, kMaxDepth, Tag, isClass, type BoundMethod } from "./codecFormat.js";
import { dictViewsTravelAsLists, isReducible, isShareable, kReduce, kShare, runtimeClassName, type Reducible, type ShareState } from "./codecRegistry.js";
import { moduleExports } from "./module.js";
import { moduleLambdaName } from "./moduleLambdas.js";
import { isModuleNamespace, PicklingError, picklingError, refusalOf } from "./pickleErrors.js";

export type CodecMode = "inheritance" | "message";

/** The recursion a message's pickling may use (sys.getrecursionlimit() less the feeder's or send()'s frames). */
const kPickleRecursionBudget = 993;

export class Encoder {
  readonly buffers: SharedArrayBuffer[] = [];
  private readonly _bufferIndex = new Map<SharedArrayBuffer, number>();
  private readonly _memo = new Map<object, number>();

  /**
   * Nesting as pickle's recursion limit counts it in messages: the pickler spends
   * about 1000 levels of C recursion, one per tuple, two per list, dict or set, three
   * per instance (its state dict), so CPython refuses 497 nested lists or 331 linked
   * instances (measured on 3.11 and 2.7 from a shallow caller; deeper callers of
   * send() get a little less). Fork inheritance counts one per level up to kMaxDepth.
   */
  private readonly _depthLimit: number;
  private readonly _containerStep: number;
  private readonly _instanceStep: number;

  constructor(
    private readonly _mode: CodecMode,
    readonly writer = new ByteWriter(),
  ) {
    const message = _mode === "message";
    this._depthLimit = message ? kPickleRecursionBudget : kMaxDepth;
    this._containerStep = message ? 2 : 1;
    this._instanceStep = message ? 3 : 1;
  }

  /** Starts a new value with this encoder (message traffic reuses one encoder per process). */
  reset(): void {
    this.writer.reset();
    if (this.buffers.length > 0) {
      this.buffers.length = 0;
      this._bufferIndex.clear();
    }
    if (this._memo.size > 0) this._memo.clear();
  }

  value(v: unknown, depth: number): void {
    if (depth > this._depthLimit) throw this._tooDeep();
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

  /**
   * Writes a top-level tuple or list of None, bools, numbers, floats and strs the
   * short way (true), or nothing (false). Nothing in it can refer back to it, so it
   * needs no memo entry; the decoder's memo numbers it all the same.
   */
  flatSequence(v: unknown): boolean {
    if (!Array.isArray(v)) return false;
    const cls = (v as { constructor?: unknown }).constructor;
    if (cls !== PyTuple && cls !== PyList) return false;
    const length = v.length;
    for (let i = 0; i < length; i++) {
      const item: unknown = v[i];
      const type = typeof item;
      if (type === "object" ? item !== null && !(item instanceof PyFloat) : type !== "number" && type !== "string" && type !== "boolean" && type !== "bigint") return false;
    }
    const w = this.writer;
    w.u8(cls === PyTuple ? Tag.Tuple : Tag.List);
    w.varint(length);
    for (let i = 0; i < length; i++) this.value(v[i], 1);
    return true;
  }

  private _string(s: string): void {
    if (this.writer.taggedAscii(Tag.Str8, s)) return;
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
      if (cls !== PyList && cls !== PyTuple && cls !== Array) {
        if (obj instanceof PyList && typeof cls === "function") return this._containerSubclass(obj, cls, ContainerBase.List, depth);
        throw subclassError(obj);
      }
      w.u8(cls === PyTuple ? Tag.Tuple : cls === PyList ? Tag.List : Tag.JsArray);
      w.varint(obj.length);
      for (const item of obj) this.value(item, depth + (cls === PyTuple ? 1 : this._containerStep));
      return;
    }
    if (obj instanceof PyDict) {
      // An instance's __dict__ (InstanceDict, writing through to its object) is a plain dict copy on the wire.
      if (cls !== PyDict && cls !== InstanceDict) {
        if (typeof cls === "function") return this._containerSubclass(obj, cls, ContainerBase.Dict, depth);
        throw subclassError(obj);
      }
      w.u8(Tag.Dict);
      const keys = obj.keyArray();
      const values = obj.valueArray();
      w.varint(keys.length);
      for (let i = 0; i < keys.length; i++) {
        this.value(keys[i], depth + this._containerStep);
        this.value(values[i], depth + this._containerStep);
      }
      return;
    }
    if (obj instanceof PySet || obj instanceof PyFrozenSet) {
      if (cls !== PySet && cls !== PyFrozenSet) throw subclassError(obj);
      w.u8(cls === PySet ? Tag.Set : Tag.FrozenSet);
      const items = obj.elementArray();
      w.varint(items.length);
      for (const item of items) this.value(item, depth + this._containerStep);
      return;
    }
    if (obj instanceof PyBytes) {
      w.u8(Tag.Bytes);
      return w.bytes(obj.data);
    }
    if (obj instanceof PyByteArray) {
      w.u8(Tag.ByteArray);
      return w.bytes(obj.data);
    }
    if (this._mode === "message" && isDictView(obj) && dictViewsTravelAsLists()) {
      const items = [...obj];
      w.u8(Tag.List);
      w.varint(items.length);
      for (const item of items) this.value(item, depth + 1);
      return;
    }
    if (isShareable(obj)) return this._shared(obj, depth);
    if (isReducible(obj)) return this._reduced(obj, depth);
    // pickle asks the object how to rebuild it when its class says (exceptions included).
    if (this._mode === "message" && typeof cls === "function" && this._reducedByScript(obj, cls, depth)) return;
    if (obj instanceof Error) return this._exception(obj, depth);
    const proto = Object.getPrototypeOf(obj) as object | null;
    if (proto === Object.prototype || proto === null) {
      // An imported module (`w.send(os)`) is a namespace object: not a record to copy.
      if (isModuleNamespace(obj)) throw this._refused(obj, new TypeError("cannot send a module to another process"));
      w.u8(Tag.Record);
      return this._attributes(obj, depth);
    }
    if (typeof cls === "function" && (isModuleClass(cls) || runtimeClassName(cls) !== undefined)) {
      if (this._mode === "message") {
        const refused = refusalOf(obj);
        if (refused) throw refused;
      }
      // pickle sends what the class's __getstate__ returns instead of the attributes (fork copies them all).
      const getstate = (obj as { __getstate__?: unknown }).__getstate__;
      if (this._mode === "message" && typeof getstate === "function") {
        w.u8(Tag.InstanceState);
        this._function(cls);
        return this.value(getstate.call(obj), depth + 1);
      }
      // Without __getstate__ the state is the instance's __dict__, which BUILD still
      // hands to a __setstate__ (Python 3 sends no state for an empty one).
      // (A method of its own: _object's frame stays small for deep nesting.)
      if (this._mode === "message" && scriptMethod(cls, "__setstate__") !== null) return this._dictState(obj, cls, depth);
      w.u8(Tag.Instance);
      this._function(cls);
      return this._attributes(obj, depth + this._instanceStep - 1);
    }
    throw this._refused(obj, new TypeError(`cannot send ${describe(obj)} to another process: its class is not defined at module level`));
  }

  /** Writes `obj` as its class's __reduce__/__reduce_ex__ says, if the script's class defines one. */
  private _reducedByScript(obj: object, cls: Function, depth: number): boolean {
    const reduce = scriptReduceOf(cls);
    if (reduce === null) return false;
    this._reduceCall(obj, reduce, depth);
    return true;
  }

  /**
   * pickle's save_reduce: the callable and its args, then the state BUILD gives to
   * __setstate__ or the attributes. The decoder calls the callable, as REDUCE does.
   */
  private _reduceCall(obj: object, reduce: ScriptReduce, depth: number): void {
    const result: unknown = reduce.method.call(obj, ...(reduce.protocol ? [isPy2() ? 2 : 4] : []));
    const how = reduce.protocol ? "__reduce_ex__" : "__reduce__";
    if (typeof result === "string") throw new TypeError(`py2ts-mp: ${how} returning a global's name is not supported`);
    // cPickle (2.7) names the method it called: object's __reduce_ex__ when the class defines __reduce__.
    const called = () =>
      reduce.protocol ? `<bound method ${typeName(obj)}.__reduce_ex__ of ${repr(obj)}>` : `<built-in method __reduce_ex__ of ${typeName(obj)} object at ${addressOf(obj)}>`;
    if (!(result instanceof PyTuple)) throw new PicklingError(isPy2() ? `Value returned by ${called()} must be string or tuple` : "__reduce__ must return a string or tuple");
    if (result.length < 2 || result.length > (isPy2() ? 5 : 6)) {
      throw new PicklingError(isPy2() ? `tuple returned by ${called()} must contain 2 through 5 elements` : "tuple returned by __reduce__ must contain 2 through 6 elements");
    }
    const [callable, args, state = null, ...rest] = result as unknown as unknown[];
    if (typeof callable !== "function") throw new PicklingError("first item of the tuple returned by __reduce__ must be callable");
    if (!(args instanceof PyTuple)) throw new PicklingError(isPy2() ? `Second element of tuple returned by ${called()} must be a tuple` : "second item of the tuple returned by __reduce__ must be a tuple");
    if (rest.some((item) => item !== null)) throw new TypeError(`py2ts-mp: ${how} returning list items, dict items or a state setter is not supported`);
    // The receiver calls it while decoding: only the script's own module-level code may
    // run there, never a library function named on the wire (sys.exit, os.kill).
    if (!isModuleCallable(callable)) {
      throw new TypeError(`py2ts-mp: ${how} returning ${repr(callable)} is not supported: only a function or class defined at module level in the script may rebuild an object in another process`);
    }
    this.writer.u8(Tag.ReduceCall);
    this._function(callable);
    this.value(args, depth + 1);
    this.value(state, depth + 1);
  }

  /**
   * `class Registry(dict)`: pickle's protocol 2 reduce (copyreg.__newobj__, then
   * the items, then the instance's __dict__); fork copies the same. The items and
   * attributes are what the base's own storage does not hold.
   */
  private _containerSubclass(obj: PyList<unknown> | PyDict, cls: Function, base: ContainerBase, depth: number): void {
    if (!isModuleClass(cls)) {
      const local = new TypeError(`cannot send ${describe(obj)} to another process: its class is not defined at module level`);
      throw (cls as { __module__?: unknown }).__module__ === "__main__" ? this._refused(obj, local) : local;
    }
    const w = this.writer;
    w.u8(Tag.ContainerSubclass);
    this._function(cls);
    w.u8(base);
    const inner = depth + this._instanceStep;
    if (obj instanceof PyDict) {
      const keys = obj.keyArray();
      const values = obj.valueArray();
      w.varint(keys.length);
      for (let i = 0; i < keys.length; i++) {
        this.value(keys[i], inner);
        this.value(values[i], inner);
      }
    } else {
      w.varint(obj.length);
      for (const item of obj) this.value(item, inner);
    }
    const own = Object.keys(obj).filter((key) => !(base === ContainerBase.Dict ? dictStorageKeys().has(key) : isArrayIndex(key)));
    w.varint(own.length);
    for (const key of own) {
      w.utf8(key);
      this.value((obj as unknown as Record<string, unknown>)[key], inner);
    }
  }

  private _dictState(obj: object, cls: Function, depth: number): void {
    const keys = Object.keys(obj);
    this.writer.u8(Tag.InstanceState);
    this._function(cls);
    if (keys.length === 0 && !isPy2()) return this.writer.u8(Tag.None);
    const state = new PyDict();
    for (const key of keys) state.__setitem__(key, (obj as Record<string, unknown>)[key]);
    this.value(state, depth + 1);
  }

  private _tooDeep(): Error {
    if (this._mode !== "message") return new RuntimeError("maximum recursion depth exceeded while encoding a value for another process");
    const text = "maximum recursion depth exceeded while pickling an object";
    return isPy2() ? new RuntimeError(text) : new RecursionError(text);
  }

  /** In message mode CPython's pickling error (pickleErrors.ts), else the codec's own. */
  private _refused(value: object, error: Error): Error {
    return this._mode === "message" ? picklingError(value) : error;
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
      throw this._refused(error, new TypeError(`cannot send the exception ${cls.name} to another process: its class is not defined at module level`));
    }
    this.writer.u8(Tag.Exception);
    this._function(cls);
    const message = ownMessage(error);
    this.writer.u8(message === undefined ? 0 : 1);
    if (message !== undefined) this.writer.utf8(message);
    this._attributes(error, depth + this._instanceStep - 1);
  }

  private _shared(obj: object & { [kShare](): ShareState }, depth: number): void {
    const share = obj[kShare]();
    if (this._mode === "message" && share.travelsInMessages !== true) throw share.refuse?.() ?? new RuntimeError(`${share.typeName} objects should only be shared between processes through inheritance`);
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

  /** Class, registered kind, state: the restore rebuilds the object (codecRegistry.ts kReduce). */
  private _reduced(obj: Reducible, depth: number): void {
    const cls = obj.constructor;
    if (!isModuleClass(cls) && runtimeClassName(cls) === undefined) {
      throw this._refused(obj, new TypeError(`cannot send ${describe(obj)} to another process: its class is not defined at module level`));
    }
    const { kind, state } = obj[kReduce]();
    this.writer.u8(Tag.Reduced);
    this._function(cls);
    this.writer.utf8(kind);
    this.value(state, depth + 1);
  }

  private _function(fn: Function): void {
    const w = this.writer;
    // A function with state of its own (functools.partial) travels as that state.
    if (isShareable(fn)) {
      if (this._ref(fn)) return;
      return this._shared(fn, 1);
    }
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
    // Fork copies a module-level lambda; pickle (message mode) cannot name it.
    const lambdaName = this._mode === "message" ? undefined : moduleLambdaName(fn);
    if (lambdaName !== undefined) {
      w.u8(Tag.ModuleLambda);
      return w.utf8(lambdaName);
    }
    // Python 2's pickle cannot find an unbound method or a staticmethod by name.
    const member = this._mode === "message" && isPy2() ? null : (builtinTypeMember(fn) ?? classMemberPath(fn));
    if (member !== null) {
      if (this._ref(fn)) return;
      w.u8(Tag.ClassMember);
      this._function("cls" in member ? member.cls : member.type);
      return w.utf8(member.name);
    }
    throw this._refused(
      fn,
      new TypeError(
        `cannot send ${isClass(fn) ? "the class" : "the function"} ${fn.name || "<lambda>"} to another process: ` +
          "only module-level functions and classes can be found there by name",
      ),
    );
  }
}

/** `Cls.name` when `fn` is what that reads for a module-level class `Cls` (pickle's lookup by qualname), else null. */
export function classMemberPath(fn: Function): { cls: Function; name: string } | null {
  const qualname = (fn as { __qualname__?: unknown }).__qualname__;
  if (typeof qualname !== "string") return null;
  const parts = qualname.split(".");
  if (parts.length !== 2) return null;
  const cls = moduleExports()?.[parts[0]!];
  if (typeof cls !== "function" || !isClass(cls) || getattr(cls, parts[1]!, null) !== fn) return null;
  return { cls, name: parts[1]! };
}

/**
 * The message JavaScript's Error constructor stored on the error, if any. A Python
 * exception has none: its `message` is a getter over `args` (Python 2's is any
 * value, `KeyError(3).message == 3`), and one assigned by the program is an
 * ordinary attribute, so both travel with the attributes.
 */
function ownMessage(error: Error): string | undefined {
  const own = Object.getOwnPropertyDescriptor(error, "message");
  return own && !own.enumerable && typeof own.value === "string" ? own.value : undefined;
}

interface ScriptReduce {
  readonly method: Function;
  /** __reduce_ex__(protocol) rather than __reduce__(). */
  readonly protocol: boolean;
}

const scriptReduces = new WeakMap<Function, ScriptReduce | null>();

/**
 * The __reduce_ex__ or __reduce__ a script's class defines (or inherits from
 * another of the script's classes), found through descriptors; null for classes
 * that leave pickling to object's (and BaseException's) own reduce.
 */
function scriptReduceOf(cls: Function): ScriptReduce | null {
  let found = scriptReduces.get(cls);
  if (found === undefined) {
    // getattr(obj, "__reduce_ex__") first: object's own calls an overridden __reduce__.
    const ex = scriptMethod(cls, "__reduce_ex__");
    const plain = ex === null ? scriptMethod(cls, "__reduce__") : null;
    found = ex !== null ? { method: ex, protocol: true } : plain !== null ? { method: plain, protocol: false } : null;
    scriptReduces.set(cls, found);
  }
  return found;
}

/** `name` as the nearest of the script's module-level classes in `cls`'s chain defines it, through descriptors. */
function scriptMethod(cls: Function, name: string): Function | null {
  for (let proto = cls.prototype as object | null; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    const owner = (proto as { constructor?: unknown }).constructor;
    if (typeof owner !== "function" || !isModuleClass(owner)) return null;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.value === "function" ? (descriptor.value as Function) : null;
  }
  return null;
}

function isModuleClass(cls: Function): boolean {
  return moduleExports()?.[cls.name] === cls;
}

/** A function or class the script defines at module level (what a message's reduce call may run). */
export function isModuleCallable(fn: Function): boolean {
  return moduleExports()?.[fn.name] === fn && !isShareable(fn);
}

let dictStorage: ReadonlySet<string> | null = null;

/** The own properties every PyDict has (its storage), which are no Python attributes. */
function dictStorageKeys(): ReadonlySet<string> {
  return (dictStorage ??= new Set(Object.keys(new PyDict())));
}

function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key);
}

/** Subclasses of tuple, set and frozenset do not travel yet. */
function subclassError(obj: object): TypeError {
  return new TypeError(`cannot send ${describe(obj)} to another process: subclasses of built-in containers are not supported yet`);
}

function describe(obj: object): string {
  const name = (obj as { constructor?: { name?: string } }).constructor?.name;
  return name ? `a ${name} object` : "an object";
}

function isDictView(obj: object): obj is Iterable<unknown> & object {
  return obj instanceof PyDictKeys || obj instanceof PyDictItems || obj instanceof PyDictValues;
}
