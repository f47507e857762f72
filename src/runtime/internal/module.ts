// Module bootstrap: every emitted module ends with `runModule(import.meta.url,
// moduleBody, options)`. In the main process it runs the module body once and
// then ends the program the way CPython does; in a worker (a child process) it
// only registers the module so the worker can find targets, classes and globals.

import { isMainThread } from "node:worker_threads";
import { setDialect, setFutures } from "../builtins/dialect.js";
import { logPid } from "./pidLog.js";
import type { Dialect } from "./types.js";

export interface ModuleGlobals {
  /** A snapshot of the module globals a child process may read. */
  get(): Record<string, unknown>;
  /** Restores a snapshot in a child process before its target runs. */
  set(values: Record<string, unknown>): void;
}

export interface ModuleOptions {
  readonly dialect: Dialect;
  /** `from __future__ import` features that change run-time behaviour. */
  readonly futures?: readonly string[];
  readonly globals?: ModuleGlobals;
}

export interface RegisteredModule {
  readonly url: string;
  readonly options: ModuleOptions;
}

let registered: RegisteredModule | null = null;

/** The module this process runs (set by runModule). */
export function registeredModule(): RegisteredModule | null {
  return registered;
}

/** Hooks that run after the module body, before the program exits (multiprocessing joins children here). */
const exitHooks: Array<() => void> = [];

export function addExitHook(hook: () => void): void {
  exitHooks.push(hook);
}

export function runModule(url: string, body: () => void, options: ModuleOptions): void {
  registered = { url, options };
  setDialect(options.dialect);
  setFutures(options.futures ?? []);
  if (!isMainThread) return;
  logPid("main", process.pid);
  logPid("parent", process.ppid);
  let exitCode = 0;
  try {
    body();
  } catch (error) {
    exitCode = reportUncaught(error);
  }
  for (const hook of exitHooks) hook();
  process.exit(exitCode);
}

/** Prints an uncaught exception and returns the exit code (replaced by the traceback module). */
let uncaughtReporter: (error: unknown) => number = (error) => {
  process.stderr.write(String((error as Error)?.stack ?? error) + "\n");
  return 1;
};

export function setUncaughtReporter(reporter: (error: unknown) => number): void {
  uncaughtReporter = reporter;
}

function reportUncaught(error: unknown): number {
  return uncaughtReporter(error);
}
