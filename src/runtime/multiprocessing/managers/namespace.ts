// multiprocessing.managers.Namespace and Value: the plain objects SyncManager's
// `Namespace()` and `Value()` create in the server (Value here is managers.Value,
// a typecode and a value, not the shared-memory multiprocessing.Value). Both
// travel by value, so the codec knows them.

import { isPy2 } from "../../builtins/dialect.js";
import { PyObject } from "../../builtins/object.js";
import { repr } from "../../builtins/repr.js";
import { registerRuntimeClass } from "../../internal/codecRegistry.js";

export class Namespace extends PyObject {
  static override get __module__(): string {
    return "multiprocessing.managers";
  }

  /** Namespace(**kwds): the keywords become attributes. */
  override __init__(kwds: Record<string, unknown> = {}): any {
    for (const [name, value] of Object.entries(kwds)) (this as Record<string, unknown>)[name] = value;
    return null;
  }

  /** `Namespace(a=1, b='x')`: public attributes, sorted by name (3.x names the class of self). */
  override __repr__(): any {
    const items = Object.keys(this)
      .filter((name) => !name.startsWith("_"))
      .map((name) => `${name}=${repr((this as Record<string, unknown>)[name])}`)
      .sort();
    const cls = isPy2() ? "Namespace" : (this.constructor as typeof PyObject).__name__;
    return `${cls}(${items.join(", ")})`;
  }
}
registerRuntimeClass("multiprocessing.managers.Namespace", Namespace);

export class Value extends PyObject {
  declare _typecode: unknown;
  declare _value: unknown;

  static override get __module__(): string {
    return "multiprocessing.managers";
  }

  /** Value(typecode, value, lock=True): the lock argument is accepted and ignored, as in CPython. */
  override __init__(typecode: unknown, value: unknown, lock: unknown = true): any {
    void lock;
    this._typecode = typecode;
    this._value = value;
    return null;
  }

  get(): unknown {
    return this._value;
  }

  set(value: unknown): null {
    this._value = value;
    return null;
  }

  get value(): unknown {
    return this._value;
  }

  set value(value: unknown) {
    this._value = value;
  }

  override __repr__(): any {
    return `${(this.constructor as typeof PyObject).__name__}(${repr(this._typecode)}, ${repr(this._value)})`;
  }
}
registerRuntimeClass("multiprocessing.managers.Value", Value);
