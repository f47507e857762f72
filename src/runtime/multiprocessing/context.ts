// multiprocessing.context: the module-level functions that CPython binds from the
// default context. Only the fork start method exists here (it is what CPython uses
// on Linux, and what our recordings show).

import { cpus } from "node:os";
import { NotImplementedError, ValueError } from "../builtins/exceptions.js";

/** The number of CPUs in the system (os.cpu_count(), not the affinity mask). */
export function cpu_count(): number {
  return cpus().length;
}

export function get_start_method(allow_none = false): string {
  void allow_none;
  return "fork";
}

export function get_all_start_methods(): string[] {
  return ["fork"];
}

export function set_start_method(method: string | null, force = false): void {
  void force;
  if (method === "fork" || method === null) return;
  if (method !== "spawn" && method !== "forkserver") throw new ValueError(`cannot find context for ${String(method)}`);
  throw new NotImplementedError(`the ${method} start method is not supported: py2ts-mp processes behave like fork`);
}

/** Windows-only in CPython (frozen executables); a no-op everywhere else. */
export function freeze_support(): void {}
