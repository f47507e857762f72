// What a manager's server knows of its registry, and the types SyncManager
// registers (CPython: queue.Queue, threading's primitives, list, dict, Namespace,
// managers.Value, array.array). A script's own registrations name a module-level
// class or function, which the server finds by name; SyncManager's name one of
// the factories below. The proxy side of the registry stays in the manager.

import { isPy2 } from "../../builtins/dialect.js";
import { dict, list } from "../../builtins/conversions.js";
import { NotImplementedError, TypeError } from "../../builtins/exceptions.js";
import { PyArray } from "./array.js";
import { HostedBarrier } from "./hostedBarrier.js";
import { HostedQueue } from "./hostedQueue.js";
import { HostedBoundedSemaphore, HostedCondition, HostedEvent, HostedLock, HostedRLock, HostedSemaphore } from "./hostedSync.js";
import { Namespace, Value } from "./namespace.js";

export interface RegistryEntry {
  /** A script's class or function, a builtin factory's name, or null (the object is the one argument). */
  readonly callable: Function | string | null;
  /** The methods a proxy may call; null: the object's public methods. */
  readonly exposed: readonly string[] | null;
  /** Methods whose result becomes a shared object of that typeid. */
  readonly methodToTypeid: Readonly<Record<string, string>> | null;
}

type Factory = (args: unknown[], kwargs: Record<string, unknown>) => unknown;

/**
 * Binds a call to a constructor with Python parameter names (no *args/**kwargs),
 * with CPython's TypeError for an unexpected keyword or too many arguments.
 */
function bindParams(qualname: string, params: readonly string[], args: unknown[], kwargs: Record<string, unknown>): unknown[] {
  const name = isPy2() ? "__init__" : `${qualname}.__init__`;
  if (args.length > params.length) {
    throw new TypeError(`${name}() takes ${isPy2() ? "at most" : "from 1 to"} ${params.length + 1} ${isPy2() ? "arguments" : "positional arguments"} (${args.length + 1} given)`);
  }
  const bound = [...args];
  for (const [key, value] of Object.entries(kwargs)) {
    const index = params.indexOf(key);
    if (index < 0) throw new TypeError(`${name}() got an unexpected keyword argument '${key}'`);
    if (index < args.length) throw new TypeError(`${name}() got multiple values for argument '${key}'`);
    bound[index] = value;
  }
  return bound;
}

function construct(qualname: string, params: readonly string[], make: (...args: any[]) => unknown): Factory {
  return (args, kwargs) => make(...bindParams(qualname, params, args, kwargs));
}

const factories: Readonly<Record<string, Factory>> = {
  dict: (args, kwargs) => (Object.keys(kwargs).length > 0 ? dict(...args, kwargs) : dict(...args)),
  list: (args, kwargs) => {
    if (Object.keys(kwargs).length > 0) throw new TypeError(isPy2() ? "'x' is an invalid keyword argument for this function" : "list() takes no keyword arguments");
    return list(...args);
  },
  Queue: construct("Queue", ["maxsize"], (maxsize = 0) => new HostedQueue(maxsize)),
  Lock: construct("lock", [], () => new HostedLock()),
  RLock: construct("RLock", [], () => new HostedRLock()),
  Semaphore: construct("Semaphore", ["value"], (value = 1) => new HostedSemaphore(value)),
  BoundedSemaphore: construct("BoundedSemaphore", ["value"], (value = 1) => new HostedBoundedSemaphore(value)),
  Event: construct("Event", [], () => new HostedEvent()),
  Condition: construct("Condition", ["lock"], (lock = null) => new HostedCondition(lock)),
  Barrier: construct("Barrier", ["parties", "action", "timeout"], (parties, action = null, timeout = null) => new HostedBarrier(parties, action, timeout)),
  Namespace: (args, kwargs) => {
    if (args.length > 0) throw new TypeError(isPy2() ? `__init__() takes exactly 1 argument (${args.length + 1} given)` : `Namespace.__init__() takes 1 positional argument but ${args.length + 1} were given`);
    return new Namespace(kwargs);
  },
  Value: construct("Value", ["typecode", "value", "lock"], (typecode, value, lock = true) => new Value(typecode, value, lock)),
  Array: construct("Array", ["typecode", "sequence", "lock"], (typecode, sequence) => new PyArray(typecode, sequence)),
  Pool: () => {
    throw new NotImplementedError("SyncManager.Pool() is not supported by py2ts-mp: use multiprocessing.Pool");
  },
};

export function builtinTypeFactory(name: string): Factory {
  const factory = factories[name];
  if (!factory) throw new TypeError(`no builtin manager type ${name}`);
  return factory;
}
