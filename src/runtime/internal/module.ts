// Module bootstrap: every emitted module ends with `runModule(import.meta.url,
// moduleBody, options)`. In the main process it runs the module body once and
// then ends the program the way CPython does; in a worker (a child process) it
// only registers the module so the worker can find targets, classes and globals.

import { isMainThread } from "node:worker_threads";
import { setDialect, setFutures } from "../builtins/dialect.js";
import { setGeneratorNamespaceLookup } from "../builtins/generators.js";
import { writeAll } from "./fdWrite.js";
import { ensureHub, stopHub, waitForWarmSpares } from "./hubClient.js";
import { logPid } from "./pidLog.js";
import { SystemExit } from "../builtins/exceptions.js";
import { stdout } from "../sys/stdio.js";
import { systemExitStatus } from "../sys/sysState.js";
import { formatTraceback } from "./traceback.js";
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
  /**
   * The program uses multiprocessing: start the hub and let its warm spares load
   * before the body runs, so the first start() calls are as quick as forks
   * (docs/architecture.md §5). A number is how many processes the program may
   * start at once (Process calls in a loop of N, Pool(N)): that many spares,
   * up to 16; `true` keeps the default (2).
   */
  readonly processes?: boolean | number;
  /**
   * A worker whose process ended may run another process, with a fresh instance
   * of this module (architecture.md §5). Only for programs whose runtime modules
   * all reset their per-process state (registerProcessReset): multiprocessing,
   * os, time, builtins.
   */
  readonly reuseWorkers?: boolean;
}

export interface RegisteredModule {
  readonly url: string;
  readonly options: ModuleOptions;
}

let registered: RegisteredModule | null = null;
/** The module's namespace: its exported functions and classes, found by name. */
let namespace: Readonly<Record<string, unknown>> | null = null;

/** The module this process runs (set by runModule). */
export function registeredModule(): RegisteredModule | null {
  return registered;
}

/** The module's exports (null until the module has finished evaluating). */
export function moduleExports(): Readonly<Record<string, unknown>> | null {
  return namespace;
}

setGeneratorNamespaceLookup(moduleExports);

/** In a worker: the namespace its entry imported. */
export function setModuleExports(exports: Readonly<Record<string, unknown>>): void {
  namespace = exports;
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
  // The body runs once the module has finished evaluating, when its namespace is
  // known: Process.start() checks that the child will find its target by name.
  import(url).then(
    (exports: Readonly<Record<string, unknown>>) => {
      namespace = exports;
      if (options.processes) {
        ensureHub(typeof options.processes === "number" ? Math.min(16, Math.max(1, Math.floor(options.processes))) : undefined);
        waitForWarmSpares();
      }
      runMain(body);
    },
    (error: unknown) => {
      writeAll(2, `py2ts-mp: cannot load the module ${url}: ${String(error)}\n`);
      process.exit(1);
    },
  );
}

function runMain(body: () => void): void {
  let exitCode = 0;
  try {
    body();
  } catch (error) {
    exitCode = reportUncaught(error);
  }
  // CPython runs its atexit functions (multiprocessing's joins its children)
  // after printing the traceback.
  for (const hook of exitHooks) {
    try {
      hook();
    } catch (error) {
      exitCode = reportUncaught(error);
    }
  }
  stdout.flush();
  stopHub();
  if (process.env["PY2TS_LEAK_CHECK"] === "1") return endByItself(exitCode);
  process.exit(exitCode);
}

/**
 * Leak check (tests): instead of forcing the end with process.exit, let Node end
 * when nothing is left, which happens only when every worker thread and port has
 * been closed. If something keeps the process alive, say what and fail.
 */
function endByItself(exitCode: number): void {
  process.exitCode = exitCode;
  const timer = setTimeout(() => {
    writeAll(2, `py2ts-mp: leak: still alive after the program ended: ${process.getActiveResourcesInfo().join(", ")}\n`);
    process.exit(99);
  }, 5000);
  timer.unref();
}

/** Prints an uncaught exception of the main process and returns the exit code (replaceable by the traceback module). */
let uncaughtReporter: (error: unknown) => number = (error) => {
  if (error instanceof SystemExit) return systemExitStatus(error);
  writeAll(2, formatTraceback(error, "main"));
  return 1;
};

export function setUncaughtReporter(reporter: (error: unknown) => number): void {
  uncaughtReporter = reporter;
}

function reportUncaught(error: unknown): number {
  return uncaughtReporter(error);
}
