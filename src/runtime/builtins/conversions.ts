// The container conversion builtins, which are also the Python type objects:
// list(), tuple(), dict(), set(), frozenset(), bool(). Each is callable
// (`list(x)`) and usable as a base class (`class Stack extends list` builds a
// PyList whose `__init__` runs), see types.ts builtinClass.

import { PyDict } from "./dict.js";
import { TypeError } from "./exceptions.js";
import { PyList } from "./list.js";
import { PyFrozenSet, PySet } from "./set.js";
import { truthy } from "./truth.js";
import { PyTuple } from "./tuple.js";
import { builtinClass, registerBuiltinType, type as typeFunction } from "./types.js";
import { isPy2 } from "./dialect.js";

function atMostOne(name: string, args: unknown[]): void {
  if (args.length > 1) {
    throw new TypeError(isPy2() ? `${name}() takes at most 1 argument (${args.length} given)` : `${name} expected at most 1 argument, got ${args.length}`);
  }
}

/** A subclass instance: built as `cls`, then its `__init__` runs with the call's arguments. */
function constructSubclass<T>(cls: Function, target: Function, args: unknown[], fill?: (obj: T) => void): T {
  const obj = Reflect.construct(cls, [], target) as T;
  fill?.(obj);
  (obj as any).__init__?.(...args);
  return obj;
}

export const list = builtinClass<PyList>(function list(this: unknown, ...args: unknown[]): PyList {
  if (new.target !== undefined) return constructSubclass(PyList, new.target, args);
  atMostOne("list", args);
  return args.length === 0 ? new PyList() : PyList.fromIterable(args[0]);
}, PyList);
registerBuiltinType(list, { name: "list", check: (v) => v instanceof PyList, runtimeClass: PyList });

/** tuple(iterable): an exact tuple argument is returned as is (tuples are immutable). */
export const tuple = builtinClass<PyTuple>(function tuple(this: unknown, ...args: unknown[]): PyTuple {
  if (new.target !== undefined) {
    // tuple.__new__ takes the items; a subclass __init__ (if any) only sees the arguments.
    return constructSubclass<PyTuple>(PyTuple, new.target, args, (t) => {
      if (args.length > 0) for (const item of PyList.fromIterable(args[0])) t.push(item);
    });
  }
  atMostOne("tuple", args);
  if (args.length === 0) return new PyTuple();
  const source = args[0];
  if (source instanceof PyTuple && source.constructor === PyTuple) return source;
  return PyTuple.fromArray(PyList.fromIterable(source));
}, PyTuple);
registerBuiltinType(tuple, { name: "tuple", check: (v) => v instanceof PyTuple, runtimeClass: PyTuple });

/** dict(mapping_or_pairs, **kwargs) (keywords arrive as a trailing plain object). */
export const dict = builtinClass<PyDict>(function dict(this: unknown, ...args: unknown[]): PyDict {
  if (new.target !== undefined) return constructSubclass(PyDict, new.target, args);
  const d = new PyDict();
  d.update(...args);
  return d;
}, PyDict);
registerBuiltinType(dict, { name: "dict", check: (v) => v instanceof PyDict, runtimeClass: PyDict });

export const set = builtinClass<PySet>(function set(this: unknown, ...args: unknown[]): PySet {
  if (new.target !== undefined) return constructSubclass(PySet, new.target, args);
  atMostOne("set", args);
  return args.length === 0 ? new PySet() : PySet.fromIterable(args[0]);
}, PySet);
registerBuiltinType(set, { name: "set", check: (v) => v instanceof PySet, runtimeClass: PySet });

/** frozenset(iterable): an exact frozenset argument is returned as is. */
export const frozenset = builtinClass<any>(function frozenset(this: unknown, ...args: unknown[]): PyFrozenSet {
  if (new.target !== undefined) {
    return constructSubclass<PyFrozenSet>(PyFrozenSet, new.target, args, (s) => {
      if (args.length > 0) s._updateFrom(args[0]);
    });
  }
  atMostOne("frozenset", args);
  if (args.length === 0) return new PyFrozenSet();
  const source = args[0];
  if (source instanceof PyFrozenSet && source.constructor === PyFrozenSet) return source;
  return PyFrozenSet.fromIterable(source);
}, PyFrozenSet);
registerBuiltinType(frozenset, { name: "frozenset", check: (v) => v instanceof PyFrozenSet, runtimeClass: PyFrozenSet });

/** bool(x): Python truthiness. */
export function bool(value?: unknown): boolean {
  return value === undefined ? false : truthy(value);
}
registerBuiltinType(bool, { name: "bool", check: (v) => typeof v === "boolean", base: "int" });

registerBuiltinType(typeFunction, { name: "type" });
