// The Python object model's base: PyObject is the base class of every emitted user
// class (Python 2 old-style classes extend PyClassicObject), with object's default
// dunders: identity equality and hash, `<__main__.Foo object at 0x...>` repr, and
// iteration bridged from `__iter__`/`__getitem__` to JavaScript's protocol.
// Also id(), the one source of the addresses default reprs show.

import { isPy2 } from "./dialect.js";
import { pyIterator } from "./iterProtocol.js";
import { NotImplemented } from "./notImplemented.js";
import { TypeError } from "./exceptions.js";
import { builtinClass, classMro, classBases, registerBuiltinType, type } from "./types.js";

export class PyObject {
  /** Python attributes are dynamic: any name may be set on an instance. */
  [name: string]: any;

  /** Python's two-step creation: the instance exists, then `__init__` runs with the call's arguments. */
  constructor(...args: any[]) {
    (this as any).__init__(...args);
  }

  static get __name__(): string {
    return this === PyObject ? "object" : this.name;
  }

  static get __qualname__(): string {
    return this.__name__;
  }

  static get __module__(): string {
    return this === PyObject ? (isPy2() ? "__builtin__" : "builtins") : "__main__";
  }

  static get __mro__(): unknown {
    return classMro(this);
  }

  static get __bases__(): unknown {
    return classBases(this);
  }

  get __class__(): Function {
    // An old-style instance's class is its class; type() of it is `instance`.
    return this instanceof PyClassicObject ? this.constructor : type(this);
  }

  /** object.__init__: a class with no `__init__` of its own takes no arguments. */
  __init__(...args: any[]): any {
    if (args.length === 0) return null;
    const ownInit = (this as any).__init__ !== PyObject.prototype.__init__;
    if (ownInit) throw new TypeError(isPy2() ? "object.__init__() takes no parameters" : "object.__init__() takes exactly one argument (the instance to initialize)");
    if (!isPy2()) throw new TypeError(`${(this.constructor as typeof PyObject).__name__}() takes no arguments`);
    throw new TypeError(this instanceof PyClassicObject ? "this constructor takes no arguments" : "object() takes no parameters");
  }

  /** `<__main__.Foo object at 0x7f3c1a200030>`; a py2 old-style instance says `instance`. */
  __repr__(): any {
    const cls = this.constructor as typeof PyObject;
    const what = this instanceof PyClassicObject && isPy2() ? "instance" : "object";
    const module = cls.__module__;
    const qualified = module === "builtins" || module === "__builtin__" ? cls.__name__ : `${module}.${cls.__name__}`;
    return `<${qualified} ${what} at ${addressOf(this)}>`;
  }

  __str__(): any {
    return (this as any).__repr__();
  }

  __eq__(other: any): any {
    return this === other ? true : NotImplemented;
  }

  __ne__(other: any): any {
    const result = (this as any).__eq__(other);
    return result === NotImplemented ? NotImplemented : !result;
  }

  /** object.__hash__: the address shifted right by 4, as CPython's _Py_HashPointer gives for aligned objects. */
  __hash__(): any {
    return Math.floor(id(this) / 16);
  }

  /** Python iteration: `__iter__`, else the `__getitem__` sequence protocol (TypeError otherwise). */
  [Symbol.iterator](): Iterator<any> {
    return pyIterator(this);
  }

  toString(): string {
    return (this as any).__str__();
  }
}

/** A Python 2 old-style (classic) class instance: `class Foo:` with no bases. */
export class PyClassicObject extends PyObject {}

/** `object()`; also the base a class statement may name (`class A(object)` lowers to `extends PyObject`). */
export const object = builtinClass(function object(this: unknown, ...args: any[]): PyObject {
  if (new.target !== undefined) return Reflect.construct(PyObject, args, new.target);
  return new PyObject(...args);
}, PyObject);
registerBuiltinType(object, { name: "object", check: () => true, runtimeClass: PyObject });

// id(): addresses look like CPython's 64-bit heap addresses; they are stable per
// object for the life of the process and never reused.
const ID_BASE = 0x7f3c1a200000;
const ID_STEP = 0x30;
let nextId = ID_BASE;
const objectIds = new WeakMap<object, number>();
const primitiveIds = new Map<unknown, number>();

export function id(value: unknown): number {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    let n = objectIds.get(value);
    if (n === undefined) {
      n = nextId += ID_STEP;
      objectIds.set(value, n);
    }
    return n;
  }
  let n = primitiveIds.get(value);
  if (n === undefined) {
    n = nextId += ID_STEP;
    primitiveIds.set(value, n);
  }
  return n;
}

/** `0x7f3c1a200030`, the form CPython's %p gives in default reprs. */
export function addressOf(value: unknown): string {
  return "0x" + id(value).toString(16);
}
