// Attaches the library methods' Python signatures (internal/libraryMethodSpecs.ts)
// to the runtime's methods. Calls the runtime binds then behave as in CPython:
// keywords lowering cannot bind (a `**mapping` at the call site, a bound method
// called later: `get = q.get; get(timeout=2)`), and direct calls the lowering sent
// here because some library object would reject their argument count (`q.put()`,
// `conn.send(a, b)`): CPython's TypeError instead of `undefined` put or extra
// arguments dropped. Before, a trailing keyword object arrived as the next
// positional parameter (`q.put(x, **{"block": False})` blocked forever).
//
// Python 2.7's Connection is a C type whose methods take no keywords at all; with
// these signatures a Python 2 keyword call binds as in Python 3 (CPython 2.7
// raises TypeError).

import { defineMethod } from "../builtins/call.js";
import { ProcessPoolExecutor } from "../concurrent/futures/process.js";
import { attachCArity } from "../builtins/cArity.js";
import { cMethods, libraryMethodSpecs } from "../internal/libraryMethodSpecs.js";
import { Queue as ThreadQueue } from "../queue/queue.js";
import { Barrier } from "./barrier.js";
import { Condition, Event } from "./condition.js";
import { Connection } from "./connection.js";
import { ValueProxy } from "./managers/proxyTypes.js";
import { Pool } from "./pool.js";
import { ApplyResult } from "./poolResults.js";
import { BaseProcess, Process } from "./process.js";
import { JoinableQueue, Queue, SimpleQueue } from "./queues.js";
import { SynchronizedBase } from "./sharedctypes.js";
import { BoundedSemaphore, Lock, RLock, Semaphore, SemLockBase } from "./synchronize.js";

/** The runtime classes that define (as own methods) what CPython's class of that name does. */
const runtimeClasses: Readonly<Record<string, readonly Function[]>> = {
  "multiprocessing.queues.Queue": [Queue],
  "multiprocessing.queues.JoinableQueue": [JoinableQueue],
  "multiprocessing.queues.SimpleQueue": [SimpleQueue],
  "multiprocessing.connection.Connection": [Connection],
  "multiprocessing.synchronize.Event": [Event],
  "multiprocessing.synchronize.Condition": [Condition],
  "multiprocessing.synchronize.Barrier": [Barrier],
  "multiprocessing.synchronize.SemLock": [SemLockBase, Lock, RLock, Semaphore, BoundedSemaphore],
  "multiprocessing.sharedctypes.SynchronizedBase": [SynchronizedBase],
  "multiprocessing.process.BaseProcess": [BaseProcess, Process],
  "multiprocessing.pool.ApplyResult": [ApplyResult],
  "multiprocessing.pool.Pool": [Pool],
  "concurrent.futures.process.ProcessPoolExecutor": [ProcessPoolExecutor],
  "multiprocessing.managers.ValueProxy": [ValueProxy],
  "queue.Queue": [ThreadQueue],
};

/** Each own method of `classes` named in `methods`, once; a name none of them defines is a mistake in the table. */
function ownMethods<T>(key: string, methods: Readonly<Record<string, T>>, each: (fn: Function, value: T) => void): void {
  const classes = runtimeClasses[key];
  if (classes === undefined) throw new Error(`py2ts-mp: no runtime class for ${key}`);
  for (const [name, value] of Object.entries(methods)) {
    const found = classes.map((cls) => Object.getOwnPropertyDescriptor(cls.prototype, name)?.value).filter((fn) => typeof fn === "function");
    if (found.length === 0) throw new Error(`py2ts-mp: ${key}.${name} is not a method of the runtime`);
    for (const fn of found) each(fn as Function, value);
  }
}

for (const [key, methods] of Object.entries(libraryMethodSpecs)) {
  ownMethods<string>(key, methods, (fn, spec) => defineMethod(fn as (...args: any[]) => any, spec));
}
for (const [key, methods] of Object.entries(cMethods)) ownMethods(key, methods, attachCArity);
