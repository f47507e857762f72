// The proxy types SyncManager uses (CPython's managers.py): IteratorProxy,
// AcquirerProxy, ConditionProxy, EventProxy, BarrierProxy, NamespaceProxy,
// ValueProxy, ListProxy, DictProxy, ArrayProxy. Each forwards its exposed
// methods; the few with Python-side logic (ListProxy's `+=`, ConditionProxy's
// wait_for, the properties) are written out. Methods take Python's arguments
// positionally, keywords in a trailing object, as emitted code passes them.

import { isPy2 } from "../../builtins/dialect.js";
import { iter, reversed } from "../../builtins/iteration.js";
import { PyList } from "../../builtins/list.js";
import { truthy } from "../../builtins/truth.js";
import { registerRuntimeClass } from "../../internal/codecRegistry.js";
import { deadlineAfter, secondsUntil } from "../../internal/wait.js";
import { BaseProxy, MakeProxyType } from "./proxy.js";

export class IteratorProxy extends BaseProxy {
  __iter__(): this {
    return this;
  }

  __next__(...args: unknown[]): any {
    return this._call("__next__", args, null);
  }

  /** Python 2's iterator method (JavaScript's iterator protocol is [Symbol.iterator] above). */
  next(...args: unknown[]): any {
    return this._call(isPy2() ? "next" : "__next__", args, null);
  }

  send(...args: unknown[]): any {
    return this._call("send", args, null);
  }

  throw(...args: unknown[]): any {
    return this._call("throw", args, null);
  }

  close(...args: unknown[]): any {
    return this._call("close", args, null);
  }
}

export class AcquirerProxy extends BaseProxy {
  /** acquire(blocking=True, timeout=None); Python 2's takes blocking only. */
  acquire(blocking: unknown = true, timeout: unknown = null): any {
    const args = timeout === null || timeout === undefined || isPy2() ? [blocking] : [blocking, timeout];
    return this._call("acquire", args, null);
  }

  release(): any {
    return this._call("release", [], null);
  }

  __enter__(): any {
    return this._call("acquire", [], null);
  }

  __exit__(..._args: unknown[]): any {
    return this._call("release", [], null);
  }
}

export class ConditionProxy extends AcquirerProxy {
  wait(timeout: unknown = null): any {
    return this._call("wait", [timeout ?? null], null);
  }

  /** notify(n=1); Python 2's takes no argument. */
  notify(n: unknown = 1): any {
    return this._call("notify", isPy2() ? [] : [n], null);
  }

  notify_all(): any {
    return this._call("notify_all", [], null);
  }

  /** Runs here, as in CPython: the predicate is the caller's. */
  wait_for(predicate: () => unknown, timeout: unknown = null): any {
    let result = predicate();
    if (truthy(result)) return result;
    const deadline = timeout === null || timeout === undefined ? Infinity : deadlineAfter(timeout as number);
    while (!truthy(result)) {
      let waittime: number | null = null;
      if (deadline !== Infinity) {
        waittime = secondsUntil(deadline);
        if (waittime <= 0) break;
      }
      this.wait(waittime);
      result = predicate();
    }
    return result;
  }
}

export class EventProxy extends BaseProxy {
  is_set(): any {
    return this._call("is_set", [], null);
  }

  set(): any {
    return this._call("set", [], null);
  }

  clear(): any {
    return this._call("clear", [], null);
  }

  wait(timeout: unknown = null): any {
    return this._call("wait", [timeout ?? null], null);
  }
}

export class BarrierProxy extends BaseProxy {
  wait(timeout: unknown = null): any {
    return this._call("wait", [timeout ?? null], null);
  }

  abort(): any {
    return this._call("abort", [], null);
  }

  reset(): any {
    return this._call("reset", [], null);
  }

  get parties(): any {
    return this._call("__getattribute__", ["parties"], null);
  }

  get n_waiting(): any {
    return this._call("__getattribute__", ["n_waiting"], null);
  }

  get broken(): any {
    return this._call("__getattribute__", ["broken"], null);
  }
}

export class ValueProxy extends BaseProxy {
  get(): any {
    return this._call("get", [], null);
  }

  set(value: unknown): any {
    return this._call("set", [value], null);
  }

  get value(): any {
    return this.get();
  }

  set value(value: unknown) {
    this.set(value);
  }
}

/**
 * NamespaceProxy: attribute access is the referent's. Emitted code reads and
 * assigns attributes as properties (`ns.x = 1`), so the prototype chain ends in a
 * JavaScript Proxy that turns a lookup that found nothing, or an assignment of a
 * name the instance does not have, into the remote call; names starting with '_'
 * stay local, as CPython's NamespaceProxy keeps them.
 */
export class NamespaceProxy extends BaseProxy {
  __getattr__(key: string): any {
    if (key.startsWith("_")) return undefined;
    return this._call("__getattribute__", [key], null);
  }

  __setattr__(key: string, value: unknown): any {
    if (key.startsWith("_")) {
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      return null;
    }
    return this._call("__setattr__", [key, value], null);
  }

  __delattr__(key: string): any {
    if (key.startsWith("_")) {
      delete (this as Record<string, unknown>)[key];
      return null;
    }
    return this._call("__delattr__", [key], null);
  }
}

/**
 * Names the runtime itself probes on any object (type() asks for `pyTypeName`;
 * promises and JSON ask for `then` and `toJSON`): never the referent's. CPython's
 * own probes are all dunder names, which stay local anyway.
 */
const runtimeProbeNames = new Set(["pyTypeName", "then", "toJSON"]);

const remoteAttributes = new Proxy(Object.create(BaseProxy.prototype) as object, {
  get(target, key, receiver) {
    if (typeof key !== "string" || key.startsWith("_") || runtimeProbeNames.has(key) || Reflect.has(target, key)) return Reflect.get(target, key, receiver);
    return (receiver as NamespaceProxy)._call("__getattribute__", [key], null);
  },
  set(target, key, value, receiver) {
    if (typeof key !== "string" || key.startsWith("_")) {
      Object.defineProperty(receiver, key, { value, writable: true, enumerable: true, configurable: true });
      return true;
    }
    (receiver as NamespaceProxy)._call("__setattr__", [key, value], null);
    return true;
  },
});
// NamespaceProxy's own methods stay on its prototype; what it lacks falls through to the remote lookup.
Object.setPrototypeOf(NamespaceProxy.prototype, remoteAttributes);

const listMethods = [
  "__add__", "__contains__", "__delitem__", "__getitem__", "__len__", "__mul__", "__reversed__", "__rmul__", "__setitem__",
  "append", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort", "__imul__",
];
const py2ListMethods = ["__delslice__", "__getslice__", "__setslice__"];

export const BaseListProxy = MakeProxyType("BaseListProxy", [...listMethods, ...py2ListMethods], { py2Only: py2ListMethods });

export class ListProxy extends BaseListProxy {
  __iadd__(value: unknown): this {
    this._call("extend", [value], null);
    return this;
  }

  __imul__(value: unknown): this {
    this._call("__imul__", [value], null);
    return this;
  }

  /**
   * Python 3 pickles the server's reverse iterator; it arrives here as the items,
   * reversed, and becomes a list_reverseiterator again (over them in list order).
   */
  __reversed__(): any {
    const items = PyList.fromIterable(iter(this._call("__reversed__", [], null)));
    items.reverse();
    return reversed(items);
  }
}

export const DictProxy = MakeProxyType(
  "DictProxy",
  ["__contains__", "__delitem__", "__getitem__", "__iter__", "__len__", "__setitem__", "clear", "copy", "get", "has_key", "items", "keys", "pop", "popitem", "setdefault", "update", "values"],
  { py2Only: ["has_key"] },
);
Object.defineProperty(DictProxy, "_method_to_typeid_", { value: { __iter__: "Iterator" }, writable: true, configurable: true });

export const ArrayProxy = MakeProxyType("ArrayProxy", ["__len__", "__getitem__", "__setitem__", "__getslice__", "__setslice__"], { py2Only: ["__getslice__", "__setslice__"] });

for (const [cls, name] of [
  [IteratorProxy, "IteratorProxy"],
  [AcquirerProxy, "AcquirerProxy"],
  [ConditionProxy, "ConditionProxy"],
  [EventProxy, "EventProxy"],
  [BarrierProxy, "BarrierProxy"],
  [NamespaceProxy, "NamespaceProxy"],
  [ValueProxy, "ValueProxy"],
  [ListProxy, "ListProxy"],
] as const) {
  registerRuntimeClass(`multiprocessing.managers.${name}`, cls);
}

/** The methods each proxy type exposes (CPython's `_exposed_`), per dialect. */
export function exposedOf(typeName: string): readonly string[] {
  const py2 = isPy2();
  switch (typeName) {
    case "IteratorProxy":
      return py2 ? ["__next__", "next", "send", "throw", "close"] : ["__next__", "send", "throw", "close"];
    case "AcquirerProxy":
      return ["acquire", "release"];
    case "ConditionProxy":
      return ["acquire", "release", "wait", "notify", "notify_all"];
    case "EventProxy":
      return ["is_set", "set", "clear", "wait"];
    case "BarrierProxy":
      return ["__getattribute__", "wait", "abort", "reset"];
    case "NamespaceProxy":
      return ["__getattribute__", "__setattr__", "__delattr__"];
    case "ValueProxy":
      return ["get", "set"];
    case "ListProxy":
      return py2
        ? ["__add__", "__contains__", "__delitem__", "__delslice__", "__getitem__", "__getslice__", "__len__", "__mul__", "__reversed__", "__rmul__", "__setitem__", "__setslice__",
           "append", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort", "__imul__"]
        : listMethods;
    case "DictProxy":
      return ["__contains__", "__delitem__", "__getitem__", "__iter__", "__len__", "__setitem__", "clear", "copy", "get", ...(py2 ? ["has_key"] : []), "items", "keys", "pop", "popitem", "setdefault", "update", "values"];
    case "ArrayProxy":
      return py2 ? ["__len__", "__getitem__", "__setitem__", "__getslice__", "__setslice__"] : ["__len__", "__getitem__", "__setitem__"];
    default:
      throw new Error(`no proxy type ${typeName}`);
  }
}
