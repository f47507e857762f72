// getattr, setattr, hasattr, delattr and callable. Python attributes are the
// JavaScript properties of user objects and classes, and the Python methods of
// runtime classes; JavaScript's own machinery (Array.prototype.map, a function's
// `length`, Error's `stack`) is not a Python attribute and stays hidden.

import { isPy2 } from "./dialect.js";
import { AttributeError, BaseException, TypeError } from "./exceptions.js";
import { PyClassicObject, PyObject } from "./object.js";
import { className, isTypeObject, type, typeName } from "./types.js";
import { functionName, functionQualname } from "./functionNames.js";
import { classDict, exceptionDict, instanceDict } from "./attributeDicts.js";
import { moduleName } from "./modules.js";
import { classFunction, classMethodOf } from "./classFunctions.js";
import { generatorAttribute, isGenerator, unwrapGenerator } from "./generators.js";
import { isRuntimeIterator, pythonStep, stepMethodName } from "./iterProtocol.js";
import { signatureOf } from "./binding.js";

/** JavaScript prototypes whose members are not Python attributes. */
const JS_PROTOTYPES = new Set<object>([Object.prototype, Array.prototype, Function.prototype, Error.prototype, Uint8Array.prototype]);
/** Own properties JavaScript gives functions, arrays and errors. */
const JS_OWN = new Set(["length", "name", "prototype", "caller", "arguments", "stack"]);

/**
 * Attributes of str/int/float values (their methods, `.real`, ...) belong to the
 * values-num builtins; they install a lookup here. Without one, a primitive has
 * only `__class__`.
 */
let primitiveAttribute: (value: unknown, name: string) => unknown = () => undefined;

export function setPrimitiveAttributeLookup(lookup: (value: unknown, name: string) => unknown): void {
  primitiveAttribute = lookup;
}

/** Methods of builtin types read from the type (`str.upper`, `dict.fromkeys`); installed like the above. */
let builtinTypeAttribute: (type: Function, name: string) => unknown = () => undefined;

export function setBuiltinTypeAttributeLookup(lookup: (type: Function, name: string) => unknown): void {
  builtinTypeAttribute = lookup;
}

/** The Python attribute `name` of `obj`, or undefined when it has none. */
function lookup(obj: any, name: string): unknown {
  // An old-style instance's __class__ is its class (type() of it is `instance`).
  if (name === "__class__") return obj instanceof PyClassicObject ? obj.constructor : type(obj);
  if (name === "__dict__") {
    if (obj instanceof PyObject) return instanceDict(obj);
    if (obj instanceof BaseException) return exceptionDict(obj);
    if (typeof obj === "function" && isTypeObject(obj) && (obj.prototype instanceof PyObject || obj === PyObject)) return classDict(obj);
  }
  if (obj === null || obj === undefined || (typeof obj !== "object" && typeof obj !== "function")) return primitiveAttribute(obj, name);
  if (typeof obj === "function" && (name === "__name__" || (name === "func_name" && isPy2()))) return functionName(obj);
  if (typeof obj === "function" && name === "func_defaults" && isPy2()) return lookup(obj, "__defaults__");
  if (typeof obj === "function" && name === "__qualname__" && !isTypeObject(obj)) return functionQualname(obj);
  // A lambda without defaults records none (withSignature): CPython's are None.
  if (typeof obj === "function" && (name === "__defaults__" || name === "__kwdefaults__") && !Object.prototype.hasOwnProperty.call(obj, name) && signatureOf(obj) !== undefined) return null;
  if (typeof obj === "function") {
    const classMethod = classMethodOf(obj, name);
    if (classMethod !== undefined) return bindMethod(classMethod, obj);
  }
  if (Object.prototype.hasOwnProperty.call(obj, name)) {
    // JavaScript's own `length`/`name`/`stack`; an exception's `name` is one its class assigned.
    if (JS_OWN.has(name) && (typeof obj === "function" || Array.isArray(obj) || (obj instanceof Error && name === "stack"))) return undefined;
    return obj[name];
  }
  if (typeof obj === "function") {
    const method = builtinTypeAttribute(obj, name);
    if (method !== undefined) return method;
  }
  // Python's methods of generators and runtime iterators (`f = it.next`); JavaScript's `next()` is not one.
  const isStep = name === "next" || name === "__next__";
  const generator = unwrapGenerator(obj);
  if (isGenerator(generator)) {
    const method = generatorAttribute(generator, name);
    if (method !== undefined || isStep) return method;
  } else if (isStep && isRuntimeIterator(obj)) {
    return name === stepMethodName() ? namedMethod(bindMethod(pythonStep, obj), name) : undefined;
  }
  for (let p = Object.getPrototypeOf(obj); p !== null && !JS_PROTOTYPES.has(p); p = Object.getPrototypeOf(p)) {
    const desc = Object.getOwnPropertyDescriptor(p, name);
    if (desc === undefined) continue;
    if (desc.get !== undefined) return desc.get.call(obj);
    // A method looked up on an instance is bound to it, as Python's bound methods are.
    if (typeof desc.value === "function" && typeof obj !== "function" && !isTypeObject(desc.value)) return bindMethod(desc.value, obj);
    return desc.value;
  }
  // An instance method read from its class (`A.m`).
  if (typeof obj === "function" && isTypeObject(obj)) return classFunction(obj, name, JS_PROTOTYPES);
  return undefined;
}

/**
 * A bound method: the function bound to its instance, carrying CPython's
 * `__self__` and `__func__` (the codec sends a bound method to another process as
 * its instance and method name, as pickle does).
 */
function bindMethod(func: Function, self: object): Function {
  const bound = func.bind(self);
  Object.defineProperty(bound, "__self__", { value: self, configurable: true });
  Object.defineProperty(bound, "__func__", { value: func, configurable: true });
  return bound;
}

function namedMethod(method: Function, name: string): Function {
  Object.defineProperty(method, "__name__", { value: name, configurable: true });
  return method;
}

function missing(obj: unknown, name: string): AttributeError {
  if (typeof obj === "function" && isTypeObject(obj)) {
    if (isPy2() && (obj as Function).prototype instanceof PyClassicObject) return new AttributeError(`class ${className(obj)} has no attribute '${name}'`);
    return new AttributeError(`type object '${className(obj)}' has no attribute '${name}'`);
  }
  if (isPy2() && obj instanceof PyClassicObject) return new AttributeError(`${className(obj.constructor)} instance has no attribute '${name}'`);
  const module = moduleName(obj);
  if (module !== undefined && !isPy2()) return new AttributeError(`module '${module}' has no attribute '${name}'`);
  return new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

function checkName(name: unknown, fn: string): string {
  if (typeof name === "string") return name;
  throw new TypeError(isPy2() ? `${fn}(): attribute name must be string` : `attribute name must be string, not '${typeName(name)}'`);
}

const NOT_FOUND = Symbol("not found");

/** The attribute, the class's `__getattr__` answer, or NOT_FOUND (without building an exception). */
function find(obj: any, attr: string): unknown {
  const value = lookup(obj, attr);
  if (value !== undefined) return value;
  const hook = obj !== null && typeof obj === "object" ? obj.__getattr__ : undefined;
  return typeof hook === "function" ? hook.call(obj, attr) : NOT_FOUND;
}

/**
 * getattr(obj, name[, default]); a class's `__getattr__` answers for missing
 * attributes. With a default, a missing attribute never builds an exception
 * (they are costly: the JS stack is captured).
 */
export function getattr(obj: any, name: unknown, fallback?: unknown): any {
  const attr = checkName(name, "getattr");
  if (fallback === undefined) {
    const value = find(obj, attr);
    if (value === NOT_FOUND) throw missing(obj, attr);
    return value;
  }
  try {
    const value = find(obj, attr);
    return value === NOT_FOUND ? fallback : value;
  } catch (error) {
    if (error instanceof AttributeError) return fallback;
    throw error;
  }
}

/** hasattr(obj, name): Python 3 only swallows AttributeError; Python 2 swallows any exception. */
export function hasattr(obj: any, name: unknown): boolean {
  const attr = checkName(name, "hasattr");
  try {
    return find(obj, attr) !== NOT_FOUND;
  } catch (error) {
    if (error instanceof AttributeError || (isPy2() && error instanceof BaseException)) return false;
    throw error;
  }
}

/** Objects whose attributes are fixed: runtime containers, numbers, strings, a bare object(). */
function acceptsAttributes(obj: unknown): boolean {
  if (typeof obj === "function") return true;
  if (obj === null || typeof obj !== "object") return false;
  if (obj instanceof PyObject) return obj.constructor !== PyObject;
  return obj instanceof BaseException;
}

/** setattr(obj, name, value); a class's `__setattr__` takes over. */
export function setattr(obj: any, name: unknown, value: unknown): null {
  const attr = checkName(name, "setattr");
  const hook = obj !== null && typeof obj === "object" ? obj.__setattr__ : undefined;
  if (typeof hook === "function" && hook !== PyObject.prototype.__setattr__) {
    hook.call(obj, attr, value);
    return null;
  }
  return storeAttribute(obj, attr, value);
}

/** object.__setattr__(obj, name, value): the store itself, bypassing the class's own __setattr__. */
export function objectSetattr(obj: any, name: unknown, value: unknown): null {
  return storeAttribute(obj, checkName(name, "__setattr__"), value);
}

// `super().__setattr__(k, v)` in a class whose base is object.
Object.defineProperty(PyObject.prototype, "__setattr__", {
  value: function (this: PyObject, name: unknown, value: unknown): null {
    return objectSetattr(this, name, value);
  },
  writable: true,
  configurable: true,
});

function storeAttribute(obj: any, attr: string, value: unknown): null {
  if (!acceptsAttributes(obj)) throw new AttributeError(`'${typeName(obj)}' object has no attribute '${attr}'`);
  const accessor = accessorOf(obj, attr);
  if (accessor !== undefined && accessor.set === undefined && accessor.get !== undefined) {
    throw new AttributeError(isPy2() ? "can't set attribute" : `property '${attr}' of '${typeName(obj)}' object has no setter`);
  }
  obj[attr] = value;
  return null;
}

/** The accessor (property) `name` of an object's class chain, if it has one. */
function accessorOf(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj); p !== null && !JS_PROTOTYPES.has(p); p = Object.getPrototypeOf(p)) {
    const desc = Object.getOwnPropertyDescriptor(p, name);
    if (desc !== undefined) return desc.get !== undefined || desc.set !== undefined ? desc : undefined;
  }
  return undefined;
}

/** delattr(obj, name) / `del obj.name`. */
export function delattr(obj: any, name: unknown): null {
  const attr = checkName(name, "delattr");
  const hook = obj !== null && typeof obj === "object" ? obj.__delattr__ : undefined;
  if (typeof hook === "function") {
    hook.call(obj, attr);
    return null;
  }
  if (!acceptsAttributes(obj) || !Object.prototype.hasOwnProperty.call(obj, attr)) throw missing(obj, attr);
  delete obj[attr];
  return null;
}

/** callable(x): functions and classes, and objects with `__call__`. */
export function callable(value: unknown): boolean {
  if (typeof value === "function") return true;
  return value !== null && typeof value === "object" && typeof (value as any).__call__ === "function";
}
