// multiprocessing.context: the module-level functions that CPython binds from the
// default context, and get_context(). Only the fork start method exists here (it
// is what CPython uses on Linux, and what our recordings show); spawn would re-run
// the module in each child, which py2ts-mp does not do.

import { cpus } from "node:os";
import { NotImplementedError, ValueError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { repr } from "../builtins/repr.js";
import { addressOf } from "../builtins/object.js";
import { Barrier } from "./barrier.js";
import { Condition, Event } from "./condition.js";
import { active_children, current_process, parent_process, Process } from "./process.js";
import { Array as SharedArray, RawArray, RawValue, Value } from "./sharedctypes.js";
import { BoundedSemaphore, Lock, RLock, Semaphore, type SemLockBase } from "./synchronize.js";

/** The number of CPUs in the system (os.cpu_count(), not the affinity mask). */
export function cpu_count(): number {
  return cpus().length;
}

export function get_start_method(allow_none = false): string {
  void allow_none;
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

export function set_start_method(method: string | null, force = false): void {
  void force;
  checkMethod(method);
}

/**
 * CPython's ForkContext: the multiprocessing API as methods (`ctx.Lock()`,
 * `ctx.Semaphore(2)`, positional as methods are), and `ctx.Process` the class.
 */
export class ForkContext {
  readonly Process = Process;
  Lock = (): Lock => new Lock();
  RLock = (): RLock => new RLock();
  Semaphore = (value = 1): Semaphore => new Semaphore({ value });
  BoundedSemaphore = (value = 1): BoundedSemaphore => new BoundedSemaphore({ value });
  Event = (): Event => new Event();
  Condition = (lock: SemLockBase | null = null): Condition => new Condition({ lock });
  Barrier = (parties: number, action: (() => unknown) | null = null, timeout: number | null = null): Barrier => new Barrier({ parties, action, timeout });
  Value = Value;
  Array = SharedArray;
  RawValue = RawValue;
  RawArray = RawArray;
  current_process = current_process;
  parent_process = parent_process;
  active_children = active_children;
  cpu_count = cpu_count;
  freeze_support = freeze_support;
  get_start_method = (allow_none = false): string => get_start_method(allow_none);
  set_start_method = set_start_method;

  __repr__(): string {
    return `<multiprocessing.context.ForkContext object at ${addressOf(this)}>`;
  }
}

const forkContext = new ForkContext();

/** get_context(method=None): the fork context (the only one). */
export function get_context(method: string | null = null): ForkContext {
  checkMethod(method);
  return forkContext;
}

/** Windows-only in CPython (frozen executables); a no-op everywhere else. */
export function freeze_support(): void {}
