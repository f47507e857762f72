// How the server calls a method of a shared object by name (CPython's
// `getattr(obj, methodname)(*args, **kwds)`). Python's special methods of the
// runtime's containers are operators here (`getitem`, `len`, `contains`, ...), so
// `__getitem__` and friends go through those helpers; every other name is a
// method call with Python's argument binding. Results that pickle as something
// else in CPython are converted the same way: dict views become lists
// (multiprocessing registers that reduction), a reversed list iterator a list
// iterator over a copy.

import { callMethodKw } from "../../builtins/call.js";
import { isPy2 } from "../../builtins/dialect.js";
import { PyDictItems, PyDictKeys, PyDictValues } from "../../builtins/dictViews.js";
import { getattr, setattr, delattr } from "../../builtins/attributes.js";
import { imul } from "../../builtins/inplace.js";
import { iter, len, next, reversed } from "../../builtins/iteration.js";
import { PyList } from "../../builtins/list.js";
import { PyObject } from "../../builtins/object.js";
import { add, mul } from "../../builtins/operator.js";
import { repr, str } from "../../builtins/repr.js";
import { PySlice } from "../../builtins/slice.js";
import { delitem, getitem, setitem } from "../../builtins/subscript.js";
import { contains } from "../../builtins/truth.js";

type Special = (obj: any, args: readonly unknown[]) => unknown;

const specials: Readonly<Record<string, Special>> = {
  __getitem__: (obj, [key]) => getitem(obj, key),
  __setitem__: (obj, [key, value]) => (setitem(obj, key, value), null),
  __delitem__: (obj, [key]) => (delitem(obj, key), null),
  __len__: (obj) => len(obj),
  __contains__: (obj, [item]) => contains(obj, item),
  __add__: (obj, [other]) => add(obj, other),
  __mul__: (obj, [n]) => mul(obj, n),
  __rmul__: (obj, [n]) => mul(n, obj),
  __imul__: (obj, [n]) => imul(obj, n),
  __iter__: (obj) => iter(obj),
  // Python 3 pickles a list_reverseiterator (ListProxy makes it an iterator again);
  // Python 2 cannot pickle one, and the caller gets that RemoteError.
  __reversed__: (obj) => (isPy2() ? reversed(obj) : PyList.fromIterable(reversed(obj))),
  __next__: (obj) => next(obj),
  __str__: (obj) => str(obj),
  __repr__: (obj) => repr(obj),
  __getattribute__: (obj, [name]) => getattr(obj, name),
  __setattr__: (obj, [name, value]) => setattr(obj, name, value),
  __delattr__: (obj, [name]) => delattr(obj, name),
  // Python 2's slice protocol (BaseListProxy and ArrayProxy expose it there).
  __getslice__: (obj, [i, j]) => getitem(obj, new PySlice(i, j)),
  __setslice__: (obj, [i, j, seq]) => (setitem(obj, new PySlice(i, j), seq), null),
  __delslice__: (obj, [i, j]) => (delitem(obj, new PySlice(i, j)), null),
};

/** `obj.name(*args, **kwargs)` in the server. */
export function invokeMethod(obj: unknown, name: string, args: unknown[], kwargs: Record<string, unknown> | null): unknown {
  const special = specials[name];
  // A Python 2 iterator's `next` is Python's, not JavaScript's iterator protocol.
  if (special !== undefined && !(name === "__next__" && obj instanceof PyObject)) return special(obj, args);
  if (name === "next" && isPy2() && !(obj instanceof PyObject)) return next(obj);
  return callMethodKw(obj, name, args, kwargs ?? {});
}

/** A result as CPython's manager would pickle it. */
export function asSendable(result: unknown): unknown {
  if (result instanceof PyDictKeys || result instanceof PyDictValues || result instanceof PyDictItems) return PyList.fromIterable(result);
  return result;
}

/**
 * CPython's public_methods(obj): the names of callable attributes that do not
 * start with '_', sorted as dir() sorts them. Methods come from the class chain
 * up to PyObject (whose JavaScript members are not Python's).
 */
export function publicMethods(obj: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(obj) as object | null; proto && proto !== PyObject.prototype && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name.startsWith("_") || name === "constructor") continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
      if (typeof descriptor.value === "function") names.add(name);
    }
  }
  for (const name of Object.keys(obj)) {
    if (!name.startsWith("_") && typeof (obj as Record<string, unknown>)[name] === "function") names.add(name);
  }
  return [...names].sort();
}
