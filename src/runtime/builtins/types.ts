// Type objects: type(), isinstance(), issubclass(), and Python type names for
// messages. A Python type is either a class (user classes extending PyObject,
// exception classes) or a builtin conversion function (`int`, `list`, ...) that
// registerBuiltinType() marks as a type: docs/architecture.md §4 "Type objects".

import { isPy2 } from "./dialect.js";
import { iteratorTypeName } from "./iteratorNames.js";
import { moduleName } from "./modules.js";
import {
  BaseException,
  builtinExceptionClasses,
  NotImplementedError,
  py2OnlyExceptions,
  toPyException,
  TypeError,
} from "./exceptions.js";
import { isFloat, PyFloat } from "./float.js";
import { PyLong } from "./long.js";
import { addressOf, PyClassicObject, PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";

export interface BuiltinTypeOptions {
  /** Python's name (`int`); the function's `__name__`. */
  readonly name: string;
  /** isinstance(v, this type); defaults to the core check for `name` (int, str, ...). */
  readonly check?: (value: unknown) => boolean;
  /** The builtin base type's name (`bool` → `int`); defaults to the core base, else `object`. */
  readonly base?: string;
  /** The runtime class whose instances have this type (PyList for `list`). */
  readonly runtimeClass?: Function;
}

// Modules register their builtins at load time, possibly while this module is
// still waiting to be evaluated in an import cycle. Function declarations are
// hoisted and a `var` without initializer is `undefined` (not in TDZ) until then,
// so registration only touches the lazily created map below and global symbols.
// eslint-disable-next-line no-var
var registered: Map<string, Function> | undefined;
function registry(): Map<string, Function> {
  return (registered ??= new Map());
}
function typeInfoKey(): symbol {
  return Symbol.for("py2ts-mp.typeInfo");
}
function typeObjectKey(): symbol {
  return Symbol.for("py2ts-mp.typeObject");
}

/** Marks `fn` (a builtin such as `list`) as the Python type `options.name`. */
export function registerBuiltinType(fn: Function, options: BuiltinTypeOptions): void {
  Object.defineProperty(fn, typeInfoKey(), { value: options, configurable: true });
  // Accessors, not values: a class extending `list` inherits these statics and must
  // answer with its own name, module and mro.
  const own = (get: (cls: Function) => unknown) => ({
    get(this: Function) {
      return get(this);
    },
    configurable: true,
  });
  Object.defineProperty(fn, "__name__", own((cls) => (cls === fn ? options.name : cls.name)));
  Object.defineProperty(fn, "__qualname__", own((cls) => (cls === fn ? options.name : cls.name)));
  Object.defineProperty(fn, "__module__", own((cls) => (cls !== fn ? "__main__" : isPy2() ? "__builtin__" : "builtins")));
  Object.defineProperty(fn, "__mro__", own((cls) => classMro(cls)));
  Object.defineProperty(fn, "__bases__", own((cls) => classBases(cls)));
  if (options.runtimeClass !== undefined) setTypeObject(options.runtimeClass, () => fn);
  registry().set(options.name, fn);
}

const extensionTypeKey = Symbol.for("py2ts-mp.extensionType");

function libraryClassKey(): symbol {
  return Symbol.for("py2ts-mp.libraryClass");
}

/**
 * Marks a runtime class that does not extend PyObject (Lock, Event, Synchronized)
 * as the library's Python class `module.name`: `type(lock)` is a class named as
 * CPython names it (`<class 'multiprocessing.synchronize.Lock'>`), not a function.
 */
export function registerLibraryClass(cls: Function, module: string, name: string = cls.name, options: { extensionType?: boolean } = {}): void {
  Object.defineProperty(cls, libraryClassKey(), { value: true });
  // A type CPython implements in C (_ctypes.Array): Python 2 shows it as <type '...'>.
  if (options.extensionType === true) Object.defineProperty(cls, extensionTypeKey, { value: true });
  // Accessors, as for builtin types: a subclass answers with its own name.
  const own = (get: (c: Function) => unknown) => ({
    get(this: Function) {
      return get(this);
    },
    configurable: true,
  });
  Object.defineProperty(cls, "__name__", own((c) => (c === cls ? name : c.name)));
  Object.defineProperty(cls, "__qualname__", own((c) => (c === cls ? name : c.name)));
  Object.defineProperty(cls, "__module__", own((c) => (c === cls ? module : "__main__")));
  Object.defineProperty(cls, "__mro__", own((c) => classMro(c)));
  Object.defineProperty(cls, "__bases__", own((c) => classBases(c)));
}

/** A builtin type function that is also a base class: `list(x)` converts, `class Foo extends list` subclasses PyList. */
export interface BuiltinClass<I, A extends any[] = any[]> {
  (...args: A): I;
  new (...args: any[]): I;
  readonly prototype: I;
  /** Class attributes and methods reached from Python (`dict.fromkeys`, `str.upper`). */
  readonly [name: string]: any;
}

/**
 * Makes the builtin function `fn` usable as a base class of `cls`'s instances: its
 * `prototype` becomes `cls.prototype`, so `class Foo extends list` gets PyList's
 * methods. `fn` itself handles `new.target` (a subclass being constructed).
 */
export function builtinClass<I>(fn: Function, cls: Function): BuiltinClass<I> {
  Object.defineProperty(fn, "prototype", { value: cls.prototype, writable: false });
  return fn as unknown as BuiltinClass<I>;
}

/** `type(x)` for instances of `cls` is `resolve()` (a function because py3 range / py2 xrange differ). */
export function setTypeObject(cls: Function, resolve: () => Function): void {
  Object.defineProperty(cls, typeObjectKey(), { value: resolve, configurable: true });
}

/** The registration of `t` itself (a subclass of `list` inherits the static property, but is no builtin). */
function infoOf(t: unknown): BuiltinTypeOptions | undefined {
  return typeof t === "function" && Object.prototype.hasOwnProperty.call(t, typeInfoKey()) ? (t as any)[typeInfoKey()] : undefined;
}

/** The registration of a builtin type object (`list`), or undefined for anything else. */
export function builtinTypeInfo(t: unknown): BuiltinTypeOptions | undefined {
  return infoOf(t);
}

function checkOf(info: BuiltinTypeOptions): (value: unknown) => boolean {
  return info.check ?? CORE_TYPES[info.name]?.check ?? (() => false);
}

function baseOf(info: BuiltinTypeOptions): string | undefined {
  if (info.name === "object") return undefined;
  const base = info.base ?? CORE_TYPES[info.name]?.base ?? "object";
  return base === "basestring" && !isPy2() ? "object" : base;
}

/** Checks for the types whose function another module owns (int, str) or that have none (NoneType). */
const CORE_TYPES: Record<string, { check(v: unknown): boolean; base?: string }> = {
  object: { check: () => true },
  NoneType: { check: (v) => v === null || v === undefined },
  bool: { check: (v) => typeof v === "boolean", base: "int" },
  int: { check: (v) => typeof v === "boolean" || isPyInt(v) },
  long: { check: (v) => isPyLong(v) },
  float: { check: isFloat },
  str: { check: (v) => typeof v === "string", base: "basestring" },
  unicode: { check: (v) => isUnicodeBox(v), base: "basestring" },
  basestring: { check: (v) => typeof v === "string" || isUnicodeBox(v) },
  type: { check: (v) => isTypeObject(v) && !(isPy2() && isClassicClass(v as Function)) },
  function: { check: (v) => typeof v === "function" && !isTypeObject(v) && !builtinFunctions.has(v) },
  builtin_function_or_method: { check: (v) => typeof v === "function" && builtinFunctions.has(v) },
  generator: { check: (v) => isGenerator(v) },
  instance: { check: (v) => v instanceof PyClassicObject },
  classobj: { check: (v) => typeof v === "function" && isClassicClass(v) },
  module: { check: (v) => moduleName(v) !== undefined },
};

/** A Python 2 unicode value (unicode.ts), recognised without importing it. */
function isUnicodeBox(v: unknown): boolean {
  return typeof v === "object" && v !== null && (v as { isUnicode?: unknown }).isUnicode === true;
}

/** Python 2 splits ints: `int` up to sys.maxint (64-bit), `long` beyond. */
function isPyInt(v: unknown): boolean {
  if (typeof v === "number") return Number.isInteger(v);
  if (typeof v !== "bigint") return false;
  return !isPy2() || (v >= -(2n ** 63n) && v < 2n ** 63n);
}

function isPyLong(v: unknown): boolean {
  return isPy2() && (v instanceof PyLong || (typeof v === "bigint" && (v < -(2n ** 63n) || v >= 2n ** 63n)));
}

function isGenerator(v: unknown): boolean {
  return Object.prototype.toString.call(v) === "[object Generator]";
}

/** Functions of the runtime that are Python builtins (print, len): their type is builtin_function_or_method. */
// eslint-disable-next-line no-var
var builtinFunctionSet: WeakSet<Function> | undefined;
const builtinFunctions = {
  has: (f: unknown): boolean => builtinFunctionSet?.has(f as Function) ?? false,
};

/** Marks the functions a module exports as builtins (runtime/builtins/index.ts marks its own). */
export function markBuiltinFunctions(namespace: Readonly<Record<string, unknown>>): void {
  builtinFunctionSet ??= new WeakSet();
  for (const value of Object.values(namespace)) {
    if (typeof value === "function" && !isTypeObject(value) && !/^[A-Z]/.test(value.name)) builtinFunctionSet.add(value);
  }
}

/** The type object named `name`: the registered builtin, or a stand-in that cannot be called. */
export function builtinType(name: string): Function {
  let t = registry().get(name);
  if (t === undefined) {
    t = function standIn(): never {
      throw new TypeError(`cannot create '${name}' instances`);
    };
    registerBuiltinType(t, { name });
  }
  return t;
}

/** `type(x)`: the Python type object of a runtime value. */
export function type(value: unknown, ...rest: unknown[]): any {
  if (rest.length > 0) throw new NotImplementedError("type() with three arguments (dynamic class creation) is not supported");
  switch (typeof value) {
    case "boolean":
      return builtinType("bool");
    case "number":
      return builtinType(Number.isInteger(value) ? "int" : "float");
    case "bigint":
      return builtinType(isPyLong(value) ? "long" : "int");
    case "string":
      return builtinType("str");
    case "undefined":
      return builtinType("NoneType");
    case "function":
      if (isClassicClass(value) && isPy2()) return builtinType("classobj");
      if (builtinFunctions.has(value)) return builtinType("builtin_function_or_method");
      return builtinType(isTypeObject(value) ? "type" : "function");
  }
  if (value === null) return builtinType("NoneType");
  if (value instanceof PyFloat) return builtinType("float");
  if (value instanceof PyLong) return builtinType("long");
  if (value instanceof PyClassicObject && isPy2()) return builtinType("instance");
  const cls = (value as object).constructor;
  const resolve = cls !== undefined ? (cls as any)[typeObjectKey()] : undefined;
  if (resolve !== undefined && Object.prototype.hasOwnProperty.call(cls, typeObjectKey())) return resolve();
  if (cls === PyObject) return builtinType("object");
  if (moduleName(value) !== undefined) return builtinType("module");
  const sequenceIterator = iteratorTypeName(value as object);
  if (sequenceIterator !== undefined) return builtinType(sequenceIterator);
  if (isGenerator(value)) return builtinType("generator");
  // Runtime iterators name their CPython type (`dict_itemiterator`, py2 `dictionary-itemiterator`).
  const iteratorName = (value as { pyTypeName?: unknown }).pyTypeName;
  if (typeof iteratorName === "string" && !isPyClass(cls as Function)) return builtinType(iteratorName);
  return cls as Function;
}

/** The `__name__` of type(x), as CPython messages show it: `'int' object is not iterable`. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  switch (typeof value) {
    case "boolean":
      return "bool";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "string":
      return "str";
  }
  return className(type(value));
}

/** A type object's `__name__`. */
export function className(t: Function): string {
  const info = infoOf(t);
  if (info !== undefined) return info.name;
  const named = (t as any).__name__;
  return typeof named === "string" ? named : t.name;
}

/** True for Python classes and types (not for plain functions). */
export function isTypeObject(value: unknown): boolean {
  if (typeof value !== "function") return false;
  if (infoOf(value) !== undefined) return true;
  return isPyClass(value);
}

const pyClassCache = new WeakMap<Function, boolean>();

/** A class whose static chain reaches PyObject, BaseException or a registered runtime class. */
function isPyClass(fn: Function): boolean {
  let cached = pyClassCache.get(fn);
  if (cached === undefined) {
    cached = false;
    for (let c: any = fn; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
      if (
        c === PyObject ||
        c === BaseException ||
        infoOf(c) !== undefined ||
        Object.prototype.hasOwnProperty.call(c, typeObjectKey()) ||
        Object.prototype.hasOwnProperty.call(c, libraryClassKey())
      ) {
        cached = true;
        break;
      }
    }
    pyClassCache.set(fn, cached);
  }
  return cached;
}

function isClassicClass(fn: Function): boolean {
  return fn === PyClassicObject || fn.prototype instanceof PyClassicObject;
}

/** `<class 'int'>` (py2 `<type 'int'>`), `<class '__main__.Foo'>`, py2 old-style `<class __main__.Foo at 0x...>`. */
export function typeRepr(t: Function): string {
  const info = infoOf(t);
  if (info !== undefined) return isPy2() ? `<type '${info.name}'>` : `<class '${info.name}'>`;
  if (t === PyObject) return isPy2() ? "<type 'object'>" : "<class 'object'>";
  const name = className(t);
  if (builtinExceptionClasses.has(t)) return isPy2() ? `<type 'exceptions.${name}'>` : `<class '${name}'>`;
  const module = (t as any).__module__ ?? "__main__";
  if (isPy2() && isClassicClass(t)) return `<class ${module}.${name} at ${addressOf(t)}>`;
  if (isPy2() && Object.prototype.hasOwnProperty.call(t, extensionTypeKey)) return `<type '${module}.${name}'>`;
  return `<class '${module}.${name}'>`;
}

/** str() of a type object: the repr, except py2 old-style classes print `__main__.Foo`. */
export function typeStr(t: Function): string {
  if (isPy2() && isClassicClass(t)) return `${(t as any).__module__ ?? "__main__"}.${className(t)}`;
  return typeRepr(t);
}

const copyOfKey = Symbol.for("py2ts-mp.copyOf");
const declaredBasesKey = Symbol.for("py2ts-mp.declaredBases");

/**
 * The Python classes along a class's JavaScript prototype chain: multiple
 * inheritance (multipleBases.ts) inserts copies, read as the classes they copy, and
 * a marker class, skipped.
 */
export function pythonChain(t: Function): Function[] {
  const chain: Function[] = [];
  for (let c: any = t; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (Object.prototype.hasOwnProperty.call(c, declaredBasesKey)) continue;
    const original = Object.prototype.hasOwnProperty.call(c, copyOfKey) ? c[copyOfKey] : c;
    if (!chain.includes(original)) chain.push(original);
  }
  return chain;
}

/** `class C(A, B)`'s bases as written. */
function declaredBasesOf(t: Function): Function[] | undefined {
  const parent = Object.getPrototypeOf(t);
  return parent !== null && Object.prototype.hasOwnProperty.call(parent, declaredBasesKey) ? parent[declaredBasesKey] : undefined;
}

/** The type objects of `t`'s bases, most derived first, ending with `object` (CPython's __mro__). */
export function classMro(t: Function): PyTuple {
  const chain: Function[] = [];
  for (let c of pythonChain(t) as any[]) {
    if (infoOf(c) !== undefined) return PyTuple.fromArray(chain.concat(builtinMro(c)));
    if (Object.prototype.hasOwnProperty.call(c, typeObjectKey())) {
      return PyTuple.fromArray(chain.concat(builtinMro(c[typeObjectKey()]())));
    }
    if (c === PyObject || c === Error || c === PyClassicObject) break;
    if (!isPy2() && py2OnlyExceptions.has(c)) continue;
    chain.push(c);
  }
  if (!(isPy2() && isClassicClass(t))) chain.push(builtinType("object"));
  return PyTuple.fromArray(chain);
}

function builtinMro(t: Function): Function[] {
  const chain = [t];
  for (let base = baseOf(infoOf(t)!); base !== undefined; base = baseOf(infoOf(chain[chain.length - 1])!)) {
    chain.push(builtinType(base));
  }
  return chain;
}

/** `__bases__`: the bases as written (the direct base under single inheritance). */
export function classBases(t: Function): PyTuple {
  const declared = declaredBasesOf(t);
  if (declared !== undefined) return PyTuple.fromArray(declared);
  const mro = classMro(t);
  return mro.length > 1 ? PyTuple.of(mro[1]) : PyTuple.of();
}

/**
 * isinstance(value, classinfo), classinfo a type or a (nested) tuple of types. A
 * JavaScript error a `catch` received is judged as the Python exception it stands
 * for (a stack overflow is a RecursionError), so `except RecursionError:` works on it.
 */
export function isinstance(value: unknown, classinfo: unknown): boolean {
  if (value instanceof Error && !(value instanceof BaseException)) value = toPyException(value);
  if (classinfo instanceof PyTuple) return classinfo.some((c) => isinstance(value, c));
  const info = infoOf(classinfo);
  if (info !== undefined) return checkOf(info)(value);
  if (typeof classinfo === "function" && isTypeObject(classinfo)) {
    if (classinfo === PyObject) return true;
    if (value instanceof (classinfo as any)) return true;
    // Under multiple inheritance a base may be in the chain only as a copy.
    return typeof value === "object" && value !== null && pythonChain(value.constructor as Function).includes(classinfo as Function);
  }
  throw new TypeError(
    isPy2()
      ? "isinstance() arg 2 must be a class, type, or tuple of classes and types"
      : "isinstance() arg 2 must be a type, a tuple of types, or a union",
  );
}

/** issubclass(cls, classinfo). */
export function issubclass(cls: unknown, classinfo: unknown): boolean {
  if (!isTypeObject(cls)) throw new TypeError("issubclass() arg 1 must be a class");
  if (classinfo instanceof PyTuple) return classinfo.some((c) => issubclass(cls, c));
  if (!isTypeObject(classinfo)) {
    throw new TypeError(
      isPy2() ? "issubclass() arg 2 must be a class or tuple of classes" : "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    );
  }
  return classMro(cls as Function).includes(classinfo as Function) || (classinfo === PyObject);
}
