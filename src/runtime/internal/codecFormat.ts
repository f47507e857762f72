// The codec's wire format: a magic byte and version, then one tagged value. Shared
// by the encoder (codecEncoder.ts) and the decoder (codecDecoder.ts).

export const kMagic = 0x70; // "p"
export const kVersion = 1;
/** Deeper nesting is refused on both sides (CPython's pickle hits its recursion limit too). */
export const kMaxDepth = 2000;

export const enum Tag {
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
  Reduced = 27,
  ByteArray = 28,
  /** A function read from a module-level class (`A.m`, a staticmethod): pickle finds it by qualname. */
  ClassMember = 29,
  /** A module-level lambda (`square = lambda x: ...`), by its registered name: fork snapshots only (moduleLambdas.ts). */
  ModuleLambda = 30,
  /** An instance whose class defines __getstate__ (messages only, as pickle): class, then that state for __setstate__ or the attributes. */
  InstanceState = 31,
  /** An object whose class defines __reduce__/__reduce_ex__ (messages only, as pickle): callable, args, then state as in InstanceState. */
  ReduceCall = 32,
  /** An instance of a script class based on list or dict: class, base, items, then its own attributes. */
  ContainerSubclass = 33,
}

/** The builtin base of a ContainerSubclass. */
export const enum ContainerBase {
  List = 0,
  Dict = 1,
}

/** A Python bound method as the runtime represents it: the function carries its instance. */
export interface BoundMethod {
  (...args: unknown[]): unknown;
  readonly __self__: object;
  readonly __func__: Function;
}

const classCache = new WeakMap<Function, boolean>();

/** True for a class (not a plain function), cached: classes are asked about often. */
export function isClass(fn: Function): boolean {
  let known = classCache.get(fn);
  if (known === undefined) {
    known = /^class[\s{]/.test(Function.prototype.toString.call(fn));
    classCache.set(fn, known);
  }
  return known;
}
