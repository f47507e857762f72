// The whole-program cases: each hand-written program in programs/ (the emitted
// module shape) has a Python twin beside it, and what real CPython printed for the
// twin: <name>.out (stdout) and <name>.err (stderr without traceback frames),
// recorded by programs/record.sh. processes.test.ts holds our runtime to them;
// cpython.test.ts re-checks the recordings against CPython where it is installed.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { programsSource } from "./harness.js";

export interface Case {
  readonly name: string;
  readonly what: string;
  /** CPython's exit status for the twin. */
  readonly status: number;
  /** Concurrent processes print in an order CPython leaves free: compare sorted lines. */
  readonly anyOrder?: boolean;
}

export const cases: readonly Case[] = [
  { name: "hello", what: "a child runs a module-level target with its args; pid and parent pid", status: 0 },
  { name: "attributes", what: "every Process attribute, names of children and grandchildren, a subclass, daemon, join timeout, terminate, kill", status: 0 },
  { name: "kwargs", what: "Process(kwargs=...) reaches the target bound by name", status: 0 },
  { name: "errors", what: "CPython's exceptions and messages for Process misuse", status: 0 },
  { name: "exitcodes", what: "exit codes after an exception and sys.exit(n); the child's traceback on stderr", status: 0 },
  { name: "exitcodes2", what: "Python 2: sys.exit() in a child exits 1; 2.7 reprs", status: 0 },
  { name: "globals_l1", what: "the article's L1: children change their own copies of a module global", status: 0, anyOrder: true },
  { name: "globals_m", what: "the article's m: module globals are inherited at start(), then private", status: 0 },
  { name: "sync_errors", what: "CPython's messages and reprs for Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier", status: 0 },
  { name: "sharedctypes", what: "Value/Array: C conversions, CPython's errors and reprs, slicing, the wrappers' locks", status: 0 },
  { name: "sharedctypes2", what: "Python 2: c_char holds a str, char arrays give str, 2.7's messages", status: 0 },
  { name: "timeos", what: "time.sleep's errors, clocks, struct_time and strftime, os constants, environ, pids", status: 0 },
  { name: "lock16", what: "16 processes print under one Lock, every line whole", status: 0, anyOrder: true },
  { name: "semaphore", what: "Semaphore(3) keeps eight processes to three at once", status: 0 },
  { name: "event_condition", what: "Event releases every waiter; Condition hands items to consumers", status: 0, anyOrder: true },
  { name: "barrier", what: "a Barrier of four parties across processes, with an action, two rounds", status: 0, anyOrder: true },
  { name: "value_array", what: "Value and Array increments by four processes under their locks lose nothing", status: 0 },
  { name: "terminate_blocked", what: "terminate() ends children blocked in acquire, Event.wait, Condition.wait; daemons may not have children", status: 0 },
  { name: "daemon_exit", what: "at program end daemonic children are terminated and the others joined", status: 0 },
  { name: "fresh_state", what: "each child starts from the parent's state, however the previous child changed its copy", status: 0 },
  { name: "main_exception", what: "an exception in the main body: traceback, children still joined, exit 1", status: 1 },
];

export function recordedStdout(name: string): string {
  return readFileSync(join(programsSource, `${name}.out`), "utf8");
}

export function recordedStderr(name: string): string {
  return readFileSync(join(programsSource, `${name}.err`), "utf8");
}

export function pythonOf(name: string): "2.7.18" | "3.11.7" {
  const first = readFileSync(join(programsSource, `${name}.py`), "utf8").split("\n")[0]!;
  return first.startsWith("# Python 2") ? "2.7.18" : "3.11.7";
}
