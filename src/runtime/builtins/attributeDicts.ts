// `obj.__dict__`, `Cls.__dict__` and vars(). An instance's attributes are the
// JavaScript object's own enumerable properties; `__dict__` is a dict of them whose
// changes (`obj.__dict__['x'] = 1`, `.update(kw)`, `del d['x']`) write through to
// the object. A class's `__dict__` holds its functions, its staticmethod,
// classmethod and property objects and its class attributes (what CPython's
// mappingproxy shows; dunders CPython adds, such as __module__, are not listed).

import { BaseException, TypeError } from "./exceptions.js";
import { PyDict } from "./dict.js";
import { PyClassicObject, PyObject } from "./object.js";
import { builtinType, isTypeObject, setTypeObject } from "./types.js";

/** The instance dict: a dict of the attributes whose writes also set them on the object. */
export class InstanceDict extends PyDict {
  private _owner: Record<string, unknown> | null = null;

  static of_(owner: object, keys: readonly string[] = Object.keys(owner)): InstanceDict {
    const dict = new InstanceDict();
    for (const key of keys) dict.__setitem__(key, (owner as Record<string, unknown>)[key]);
    dict._owner = owner as Record<string, unknown>;
    return dict;
  }

  override __setitem__(key: unknown, value: unknown): null {
    super.__setitem__(key, value);
    if (this._owner !== null && typeof key === "string") this._owner[key] = value;
    return null;
  }

  override __delitem__(key: unknown): null {
    super.__delitem__(key);
    if (this._owner !== null && typeof key === "string") delete this._owner[key];
    return null;
  }
}

// CPython's instance __dict__ is a plain dict: type(obj.__dict__) is dict.
setTypeObject(InstanceDict, () => builtinType("dict"));

/** Which static members of an emitted class are static and class methods (classAttributes records them). */
export const methodKinds = new WeakMap<Function, { staticMethods: readonly string[]; classMethods: readonly string[] }>();

class StaticMethodObject {
  constructor(readonly __func__: Function) {}
}
class ClassMethodObject {
  constructor(readonly __func__: Function) {}
}
class PropertyObject {
  constructor(
    readonly fget: Function | null,
    readonly fset: Function | null,
  ) {}
}
setTypeObject(StaticMethodObject, () => builtinType("staticmethod"));
setTypeObject(ClassMethodObject, () => builtinType("classmethod"));
setTypeObject(PropertyObject, () => builtinType("property"));

/** `Cls.__dict__` for a class of the script. */
export function classDict(cls: Function): PyDict {
  const dict = new PyDict();
  const kinds = methodKinds.get(cls);
  const proto = cls.prototype as object;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === "constructor") continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key)!;
    if (typeof desc.value === "function") dict.__setitem__(key, desc.value);
    else if (desc.get !== undefined && !isClassAttributeAccessor(cls, key)) dict.__setitem__(key, new PropertyObject(desc.get, desc.set ?? null));
  }
  for (const key of Object.getOwnPropertyNames(cls)) {
    if (key === "length" || key === "name" || key === "prototype") continue;
    const value = (cls as unknown as Record<string, unknown>)[key];
    if (kinds?.staticMethods.includes(key)) dict.__setitem__(key, new StaticMethodObject(value as Function));
    else if (kinds?.classMethods.includes(key)) dict.__setitem__(key, new ClassMethodObject(value as Function));
    else if (typeof key === "string" && !key.startsWith("__")) dict.__setitem__(key, value);
  }
  return dict;
}

const classAttributeNames = new WeakMap<Function, Set<string>>();

/** Records the names classAttributes() made visible through instances (they are not properties). */
export function recordClassAttributes(cls: Function, names: readonly string[]): void {
  classAttributeNames.set(cls, new Set(names));
}

function isClassAttributeAccessor(cls: Function, key: string): boolean {
  return classAttributeNames.get(cls)?.has(key) ?? false;
}

/** vars(obj): obj.__dict__; TypeError for values without one. */
export function vars(obj: unknown): PyDict {
  if (obj instanceof PyObject) return InstanceDict.of_(obj);
  if (obj instanceof BaseException) return exceptionDict(obj);
  if (typeof obj === "function" && isTypeObject(obj)) return classDict(obj);
  throw new TypeError("vars() argument must have __dict__ attribute");
}

/**
 * The fields every exception holds (BaseException's), and those CPython keeps in
 * an OSError's C struct: none of them is in CPython's `e.__dict__`, which holds only
 * what the script (or a subclass's `__init__`) set: `e.code = 3` -> {'code': 3}.
 */
const exceptionFields = new Set(["args", "__cause__", "__context__", "__suppress_context__", "__traceback__"]);
const osErrorFields = new Set(["errno", "strerror", "filename", "filename2", "_showFilename"]);

/** `e.__dict__` and vars(e) for an exception. */
export function exceptionDict(obj: BaseException): PyDict {
  // osErrors.ts gives every OSError (py2 EnvironmentError) its own _showFilename; importing it here would be circular.
  const isOSError = Object.prototype.hasOwnProperty.call(obj, "_showFilename");
  const keys = Object.keys(obj).filter((key) => !exceptionFields.has(key) && !(isOSError && osErrorFields.has(key)));
  return InstanceDict.of_(obj, keys);
}

/** `obj.__dict__` for instances of the script's classes (and Python 2 old-style ones). */
export function instanceDict(obj: PyObject | PyClassicObject): PyDict {
  return InstanceDict.of_(obj);
}
