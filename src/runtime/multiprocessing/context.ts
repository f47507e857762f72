// multiprocessing.context: the module-level functions that CPython binds from the
// default context, and get_context(). Only the fork start method exists here (it
// is what CPython uses on Linux, and what our recordings show); spawn would re-run
// the module in each child, which py2ts-mp does not do.

import { cpus } from "node:os";
import { bind, signatureOf } from "../builtins/binding.js";
import { defineMethod } from "../builtins/call.js";
import { NotImplementedError, RuntimeError, ValueError } from "../builtins/exceptions.js";
import { takeTrailingKwargs } from "../builtins/kwargs.js";
import { PyList } from "../builtins/list.js";
import { repr } from "../builtins/repr.js";
import { addressOf } from "../builtins/object.js";
import { truthy } from "../builtins/truth.js";
import { PyTuple } from "../builtins/tuple.js";
import { Barrier } from "./barrier.js";
import { Condition, Event } from "./condition.js";
import { Pipe, type Connection } from "./connection.js";
import { Manager, type SyncManager } from "./managers/manager.js";
import { Pool } from "./pool.js";
import { active_children, current_process, parent_process, Process } from "./process.js";
import { JoinableQueue, Queue, SimpleQueue } from "./queues.js";
import { defaultContextFixed, fixDefaultContext, unfixDefaultContext } from "./startMethod.js";
import { Array as SharedArray, RawArray, RawValue, Value } from "./sharedctypes.js";
import { BoundedSemaphore, Lock, RLock, Semaphore, type SemLockBase } from "./synchronize.js";

/** The number of CPUs in the system (os.cpu_count(), not the affinity mask). */
export function cpu_count(): number {
  return cpus().length;
}

/** get_start_method(allow_none=False): "fork"; None while nothing has fixed the default context and allow_none. */
export function get_start_method(allow_none: unknown = false): string | null {
  if (!defaultContextFixed()) {
    if (truthy(allow_none)) return null;
    fixDefaultContext();
  }
  return "fork";
}

export function get_all_start_methods(): PyList<string> {
  return PyList.of("fork");
}

function checkMethod(method: unknown): void {
  if (method === "fork" || method === null || method === undefined) return;
  if (method !== "spawn" && method !== "forkserver") throw new ValueError(`cannot find context for ${repr(method)}`);
  throw new NotImplementedError(`the ${method} start method is not supported: py2ts-mp processes behave like fork`);
}

/** set_start_method(method, force=False): once the default context is fixed, only with force. */
export function set_start_method(method: string | null, force: unknown = false): void {
  if (defaultContextFixed() && !truthy(force)) throw new RuntimeError("context has already been set");
  if ((method === null || method === undefined) && truthy(force)) return unfixDefaultContext();
  checkMethod(method);
  fixDefaultContext();
}

/**
 * CPython's ForkContext: the multiprocessing API as methods (`ctx.Lock()`,
 * `ctx.Pool(processes=2)`, `ctx.Process(target=f)`). Emitted code calls them as
 * methods of an object it knows nothing about (`callMethod(ctx, "Pool", 2)`, keywords
 * in a trailing plain object), so each binds its arguments to CPython's signature
 * (BaseContext's, with its TypeErrors) and builds the runtime object in the options
 * form its class takes. ctx.Process constructs a Process (it is not a class to
 * subclass here).
 */
export class ForkContext {
  static readonly __name__ = "ForkContext";
  static readonly __module__ = "multiprocessing.context";
  Process(...args: unknown[]): Process {
    const [group, target, name, processArgs, kwargs, options] = bound(this.Process, args) as [unknown, Function, string, unknown, unknown, { daemon?: boolean }];
    return new Process({ group, target, name, args: processArgs, kwargs, daemon: options?.daemon } as never);
  }
  Lock(...args: unknown[]): Lock {
    bound(this.Lock, args);
    return new Lock();
  }
  RLock(...args: unknown[]): RLock {
    bound(this.RLock, args);
    return new RLock();
  }
  Semaphore(...args: unknown[]): Semaphore {
    const [value = 1] = bound(this.Semaphore, args) as [number?];
    return new Semaphore({ value });
  }
  BoundedSemaphore(...args: unknown[]): BoundedSemaphore {
    const [value = 1] = bound(this.BoundedSemaphore, args) as [number?];
    return new BoundedSemaphore({ value });
  }
  Event(...args: unknown[]): Event {
    bound(this.Event, args);
    return new Event();
  }
  Condition(...args: unknown[]): Condition {
    const [lock = null] = bound(this.Condition, args) as [SemLockBase | null | undefined];
    return new Condition({ lock });
  }
  Barrier(...args: unknown[]): Barrier {
    const [parties, action = null, timeout = null] = bound(this.Barrier, args) as [number, (() => unknown) | null | undefined, number | null | undefined];
    return new Barrier({ parties, action, timeout });
  }
  Queue(...args: unknown[]): Queue {
    const [maxsize = 0] = bound(this.Queue, args);
    return new Queue({ maxsize });
  }
  JoinableQueue(...args: unknown[]): JoinableQueue {
    const [maxsize = 0] = bound(this.JoinableQueue, args);
    return new JoinableQueue({ maxsize });
  }
  SimpleQueue(...args: unknown[]): SimpleQueue {
    bound(this.SimpleQueue, args);
    return new SimpleQueue();
  }
  Pipe(...args: unknown[]): PyTuple<Connection> {
    const [duplex = true] = bound(this.Pipe, args);
    return Pipe(duplex);
  }
  Pool(...args: unknown[]): Pool {
    const [processes = null, initializer = null, initargs = PyTuple.of(), maxtasksperchild = null] = bound(this.Pool, args) as [number | null, Function | null, Iterable<unknown>, number | null];
    return new Pool({ processes, initializer, initargs, maxtasksperchild, context: this });
  }
  Manager(...args: unknown[]): SyncManager {
    bound(this.Manager, args);
    return Manager();
  }
  Value(...args: unknown[]): unknown {
    return Value(...(args as Parameters<typeof Value>));
  }
  Array(...args: unknown[]): unknown {
    return SharedArray(...(args as Parameters<typeof SharedArray>));
  }
  RawValue(...args: unknown[]): unknown {
    return RawValue(...(args as Parameters<typeof RawValue>));
  }
  RawArray(...args: unknown[]): unknown {
    return RawArray(...(args as Parameters<typeof RawArray>));
  }
  current_process(): ReturnType<typeof current_process> {
    return current_process();
  }
  parent_process(): ReturnType<typeof parent_process> {
    return parent_process();
  }
  active_children(): PyList<Process> {
    return active_children();
  }
  cpu_count(): number {
    return cpu_count();
  }
  freeze_support(): void {
    freeze_support();
  }
  // A context got with get_context() answers for itself: its method is fixed.
  get_start_method(...args: unknown[]): string {
    bound(this.get_start_method, args);
    return "fork";
  }
  set_start_method(...args: unknown[]): void {
    bound(this.set_start_method, args);
    throw new ValueError("cannot set start method of concrete context");
  }
  get_context(...args: unknown[]): ForkContext {
    const [method = null] = bound(this.get_context, args) as [string | null | undefined];
    checkMethod(method);
    return this;
  }

  __repr__(): string {
    return `<multiprocessing.context.ForkContext object at ${addressOf(this)}>`;
  }
}

// CPython's signatures (BaseContext's methods; ForkContext.Process is the class).
const contextSignatures: Readonly<Record<string, string>> = {
  Process: "ForkProcess.__init__(self, group=, target=, name=, args=, kwargs=, *, daemon=)",
  Lock: "BaseContext.Lock(self)",
  RLock: "BaseContext.RLock(self)",
  Semaphore: "BaseContext.Semaphore(self, value=)",
  BoundedSemaphore: "BaseContext.BoundedSemaphore(self, value=)",
  Event: "BaseContext.Event(self)",
  Condition: "BaseContext.Condition(self, lock=)",
  Barrier: "BaseContext.Barrier(self, parties, action=, timeout=)",
  Queue: "BaseContext.Queue(self, maxsize=)",
  JoinableQueue: "BaseContext.JoinableQueue(self, maxsize=)",
  SimpleQueue: "BaseContext.SimpleQueue(self)",
  Pipe: "BaseContext.Pipe(self, duplex=)",
  Pool: "BaseContext.Pool(self, processes=, initializer=, initargs=, maxtasksperchild=)",
  Manager: "BaseContext.Manager(self)",
  get_start_method: "BaseContext.get_start_method(self, allow_none=)",
  set_start_method: "BaseContext.set_start_method(self, method, force=)",
  get_context: "BaseContext.get_context(self, method=)",
};
for (const [name, spec] of Object.entries(contextSignatures)) {
  defineMethod((ForkContext.prototype as unknown as Record<string, (...args: any[]) => any>)[name]!, spec);
}

/** The arguments of a call of `method` bound to its signature: positional values, then keyword-only ones in an object. */
function bound(method: Function, args: unknown[]): unknown[] {
  const kw = takeTrailingKwargs(args);
  return bind(signatureOf(method)!, args, kw, 1);
}

const forkContext = new ForkContext();

/** get_context(method=None): the fork context (the only one); without a method it fixes the default context. */
export function get_context(method: string | null = null): ForkContext {
  checkMethod(method);
  if (method === null || method === undefined) fixDefaultContext();
  return forkContext;
}

/** Windows-only in CPython (frozen executables); a no-op everywhere else. */
export function freeze_support(): void {}
