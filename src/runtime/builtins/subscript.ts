// Subscription: `x[k]`, `x[k] = v`, `del x[k]` (Python's operator.getitem,
// setitem, delitem). Lists and tuples take a fast path for in-range int indexes;
// strings go to strIndex.ts; everything else answers through its own
// __getitem__/__setitem__/__delitem__. A slice arrives as a PySlice (`slice(a, b, c)`).

import { isPy2 } from "./dialect.js";
import { AttributeError, TypeError } from "./exceptions.js";
import { PyList } from "./list.js";
import { PyDict } from "./dict.js";
import { PyClassicObject, PyObject } from "./object.js";
import { PySlice } from "./slice.js";
import { strGetItem, strSlice } from "./strIndex.js";
import { typeName } from "./types.js";

/** `obj[key]`. */
export function getitem(obj: any, key: any): any {
  if (obj instanceof PyDict) return obj.__getitem__(key);
  if (Array.isArray(obj)) {
    if (typeof key === "number") {
      const i = key < 0 ? key + obj.length : key;
      if (i >= 0 && i < obj.length && Number.isInteger(i)) return obj[i];
    }
    return (obj as any).__getitem__(key);
  }
  if (typeof obj === "string") return key instanceof PySlice ? strSlice(obj, key.start, key.stop, key.step) : strGetItem(obj, key);
  const method = obj !== null && typeof obj === "object" ? obj.__getitem__ : undefined;
  if (typeof method === "function") return method.call(obj, key);
  throw notSubscriptable(obj);
}

function notSubscriptable(obj: unknown): Error {
  if (!isPy2()) return new TypeError(`'${typeName(obj)}' object is not subscriptable`);
  if (obj instanceof PyClassicObject) return new AttributeError(`${(obj.constructor as typeof PyObject).__name__} instance has no attribute '__getitem__'`);
  if (obj instanceof PyObject) return new TypeError(`'${typeName(obj)}' object does not support indexing`);
  return new TypeError(`'${typeName(obj)}' object has no attribute '__getitem__'`);
}

/** `obj[key] = value`. */
export function setitem(obj: any, key: any, value: any): void {
  if (obj instanceof PyDict) {
    obj.__setitem__(key, value);
    return;
  }
  if (obj instanceof PyList && typeof key === "number" && Number.isInteger(key)) {
    const i = key < 0 ? key + obj.length : key;
    if (i >= 0 && i < obj.length) {
      obj[i] = value;
      return;
    }
  }
  const method = obj !== null && typeof obj === "object" ? obj.__setitem__ : undefined;
  if (typeof method === "function") {
    method.call(obj, key, value);
    return;
  }
  throw new TypeError(`'${typeName(obj)}' object does not support item assignment`);
}

/**
 * Marks a library class that CPython writes in Python (SynchronizedArray, the
 * manager proxies): for `del x[k]` it behaves as a script's class does.
 */
export const kDefinedInPython = Symbol.for("py2ts.definedInPython");

/** `del obj[key]`. */
export function delitem(obj: any, key: any): void {
  const method = obj !== null && typeof obj === "object" ? obj.__delitem__ : undefined;
  if (typeof method === "function") {
    method.call(obj, key);
    return;
  }
  // A Python 2 classic instance looks __delitem__ up by name.
  if (isPy2() && obj instanceof PyClassicObject) throw new AttributeError(`${(obj.constructor as typeof PyObject).__name__} instance has no attribute '__delitem__'`);
  // A class written in Python that defines only __setitem__ gets CPython's
  // mp_ass_subscript slot, which looks __delitem__ up for a deletion.
  if (typeof obj?.__setitem__ === "function" && definedInPython(obj)) throw new AttributeError("__delitem__");
  // CPython words this by whether the type has sequence methods at all.
  const sequenceLike = typeof obj === "string" || obj instanceof PyObject || (obj !== null && typeof obj === "object");
  throw new TypeError(`'${typeName(obj)}' object ${sequenceLike ? "doesn't" : "does not"} support item deletion`);
}

function definedInPython(obj: object): boolean {
  const cls = obj.constructor as { __module__?: unknown; [kDefinedInPython]?: boolean } | undefined;
  return cls !== undefined && (cls.__module__ === "__main__" || cls[kDefinedInPython] === true);
}
