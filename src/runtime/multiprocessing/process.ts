// multiprocessing.process: Process (and the main and parent process objects),
// current_process, parent_process, active_children. A started Process is a worker
// thread (DESIGN.md §2): start() snapshots what a forked child would inherit (the
// Process object itself, the module globals, runtime fork state), the hub hands
// it to a warm worker, and the child rebuilds it and runs _bootstrap(). Messages
// and assertion texts are CPython's (3.x; Python 2.7's where they differ).

import { isPy2 } from "../builtins/dialect.js";
import { randomBytes } from "node:crypto";
import { PyBytes } from "../builtins/bytes.js";
import { dict } from "../builtins/conversions.js";
import { PyDict } from "../builtins/dict.js";
import { PyList } from "../builtins/list.js";
import { PyObject } from "../builtins/object.js";
import { PyTuple } from "../builtins/tuple.js";
import { registerRuntimeClass } from "../internal/codecRegistry.js";
import { registerProcessReset } from "../internal/forkState.js";
import { writeAll } from "../internal/fdWrite.js";
import { prewarmHub } from "../internal/hubClient.js";
import { getPid } from "../internal/identity.js";
import { addExitHook } from "../internal/module.js";
import { setLoggingHooks } from "../logging/hooks.js";
import { stdout } from "../sys/stdio.js";
import { exitStatusOfCode, systemExitStatus } from "../sys/sysState.js";
import { pollExit, waitExit } from "../internal/processCell.js";
import { AssertionError, AttributeError, SystemExit, TypeError, ValueError } from "../builtins/exceptions.js";
import { repr as pyRepr } from "../builtins/repr.js";
import { truthy } from "../builtins/truth.js";
import { typeName } from "../builtins/types.js";
import { formatTraceback, noteThroughProcessRun } from "../internal/traceback.js";
import { pythonFrames } from "../internal/pythonFrames.js";
import { deadlineAfter } from "../internal/wait.js";
import { callTarget } from "./callTarget.js";
import { Popen } from "./popen.js";
import { startChild } from "./spawn.js";
import { fixDefaultContext } from "./startMethod.js";
import { exitFunction } from "./util.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

const processOptionNames = new Set(["group", "target", "name", "args", "kwargs", "daemon"]);

/** Python's keyword arguments of Process(...) (emitted as one options object). */
export interface ProcessOptions {
  readonly group?: null;
  readonly target?: Function | null;
  readonly name?: string | null;
  readonly args?: Iterable<unknown>;
  /** A Python dict (or a plain object of keyword names). */
  readonly kwargs?: PyDict | Record<string, unknown> | null;
  readonly daemon?: boolean | null;
}

/** What a process inherits from the one that created it (CPython's _config). */
interface ProcessConfig {
  daemon?: boolean;
  /** 32 random bytes made once by the main process (multiprocessing ignores it here: no sockets). */
  authkey?: PyBytes;
}

const signalNames: Record<number, string> = { 1: "SIGHUP", 2: "SIGINT", 6: "SIGABRT", 9: "SIGKILL", 15: "SIGTERM" };

/**
 * CPython's BaseProcess. Like every Python class it extends PyObject, whose
 * constructor calls `__init__`; the fields are `declare`d and set there (a field
 * initializer would run after `__init__` and undo it).
 */
export abstract class BaseProcess extends PyObject {
  static override get __module__(): string {
    return this === BaseProcess ? "multiprocessing.process" : super.__module__;
  }

  declare _identity: PyTuple<number>;
  declare _config: ProcessConfig;
  declare _parent_pid: number | null;
  declare _parent_name: string | null;
  declare _popen: Popen | null;
  declare _closed: boolean;
  declare _name: string;
  declare _sentinel?: number;

  /** The state every process object starts with. */
  protected _initBase(name: string, identity: PyTuple<number>, config: ProcessConfig, parentPid: number | null, parentName: string | null): void {
    this._identity = identity;
    this._config = config;
    this._parent_pid = parentPid;
    this._parent_name = parentName;
    this._popen = null;
    this._closed = false;
    this._name = name;
  }

  _check_closed(): void {
    if (this._closed) throw new ValueError("process object is closed");
  }

  get name(): string {
    return this._name;
  }

  set name(name: string) {
    if (typeof name !== "string") throw new AssertionError("name must be a string");
    this._name = name;
  }

  get daemon(): boolean {
    return this._config.daemon ?? false;
  }

  set daemon(daemonic: boolean) {
    if (this._popen !== null) throw new AssertionError("process has already started");
    this._config.daemon = truthy(daemonic);
  }

  get ident(): number | null {
    this._check_closed();
    if (this === currentProcess) return getPid();
    return this._popen?.pid ?? null;
  }

  get pid(): number | null {
    return this.ident;
  }

  get exitcode(): number | null {
    this._check_closed();
    return this._popen === null ? null : this._popen.poll();
  }

  get sentinel(): number {
    if (isPy2()) throw absentInPy2(this, "sentinel");
    this._check_closed();
    if (this._sentinel === undefined) throw new ValueError("process not started");
    return this._sentinel;
  }

  get authkey(): PyBytes | null {
    return this._config.authkey ?? null;
  }

  set authkey(authkey: PyBytes) {
    this._config.authkey = authkey;
  }

  is_alive(): boolean {
    this._check_closed();
    if (this === currentProcess) return true;
    if (this._parent_pid !== getPid()) throw new AssertionError("can only test a child process");
    if (this._popen === null) return false;
    if (this._popen.poll() === null) return true;
    children.delete(this as unknown as Process);
    return false;
  }

  override __repr__(): string {
    let status: string;
    let exitcode: number | null = null;
    if (this === currentProcess) status = "started";
    else if (this._closed) status = "closed";
    else if (this._parent_pid !== getPid()) status = "unknown";
    else if (this._popen === null) status = "initial";
    else {
      exitcode = this._popen.poll();
      status = exitcode === null ? "started" : "stopped";
    }
    const cls = this.constructor.name;
    if (isPy2()) {
      if (exitcode !== null) status = exitcode === 0 ? "stopped" : `stopped[${signalNames[-exitcode] ?? exitcode}]`;
      return `<${cls}(${this._name}, ${status}${this.daemon ? " daemon" : ""})>`;
    }
    const info = [cls, `name=${pyRepr(this._name)}`];
    if (this._popen !== null) info.push(`pid=${this._popen.pid}`);
    info.push(`parent=${this._parent_pid ?? "None"}`, status);
    if (exitcode !== null) info.push(`exitcode=${exitcode < 0 && signalNames[-exitcode] ? `-${signalNames[-exitcode]}` : exitcode}`);
    if (this.daemon) info.push("daemon");
    return `<${info.join(" ")}>`;
  }

  override toString(): string {
    return this.__repr__();
  }
}

export class Process extends BaseProcess {
  declare _target?: Function | null;
  declare _args?: PyTuple<unknown>;
  declare _kwargs?: PyDict;

  /** multiprocessing.Process is context.Process in Python 3 (process.Process in 2); a script's subclass is __main__'s. */
  static override get __module__(): string {
    if (this !== Process) return super.__module__;
    return isPy2() ? "multiprocessing.process" : "multiprocessing.context";
  }

  /** Process.__init__(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None), as one options object. */
  // Returns `any` like PyObject.__init__, so a script's subclass may override it freely.
  override __init__(options: ProcessOptions = {}): any {
    for (const key of Object.keys(options)) {
      // Python 2.7's Process has no daemon parameter (only the attribute).
      if (!processOptionNames.has(key) || (key === "daemon" && isPy2())) throw new TypeError(`${isPy2() ? "__init__" : "BaseProcess.__init__"}() got an unexpected keyword argument '${key}'`);
    }
    if (options.group !== undefined && options.group !== null) throw new AssertionError("group argument must be None for now");
    counter += 1;
    const identity = PyTuple.of(...currentProcess._identity, counter);
    this._initBase("", identity, { ...currentProcess._config }, getPid(), currentProcess.name);
    this._target = options.target ?? null;
    this._args = PyTuple.fromIterable(iterableOrThrow(options.args ?? []));
    this._kwargs = kwargsDict(options.kwargs);
    this._name = truthy(options.name) ? (options.name as string) : `${(this.constructor as typeof PyObject).__name__}-${identity.join(":")}`;
    if (options.daemon !== undefined && options.daemon !== null) this.daemon = options.daemon;
    // The hub and its warm spares get ready while the program goes on to start().
    prewarmHub();
    return null;
  }

  /** Method to be run in the child process; subclasses override it. */
  run(): void {
    if (this._target) {
      try {
        if (typeof this._target !== "function") throw new TypeError(`'${typeName(this._target)}' object is not callable`);
        callTarget(this._target, this._args ?? PyTuple.of(), this._kwargs ?? new PyDict());
      } catch (error) {
        // The traceback shows this frame only for errors that came through it (not for an overriding run()'s own).
        noteThroughProcessRun(error, pythonFrames(new Error()).length);
        throw error;
      }
    }
  }

  start(): void {
    this._check_closed();
    if (this._popen !== null) throw new AssertionError("cannot start a process twice");
    if (this._parent_pid !== getPid()) throw new AssertionError("can only start a process object created by current process");
    if (currentProcess._config.daemon) throw new AssertionError("daemonic processes are not allowed to have children");
    cleanup();
    // CPython flushes the standard streams before it forks (the child would write the parent's partial line too).
    stdout.flush();
    fixDefaultContext();
    this._popen = startChild(this, currentProcess, currentCell);
    this._sentinel = this._popen.sentinel;
    // CPython 3 drops these in the parent after the fork (a reference cycle otherwise).
    if (!isPy2()) {
      delete this._target;
      delete this._args;
      delete this._kwargs;
    }
    children.add(this);
  }

  join(timeout: number | null = null): void {
    this._check_closed();
    if (this._parent_pid !== getPid()) throw new AssertionError("can only join a child process");
    if (this._popen === null) throw new AssertionError("can only join a started process");
    if (this._popen.wait(timeout ?? null) !== null) children.delete(this);
  }

  terminate(): void {
    this._check_closed();
    if (this._popen === null) throw new AttributeError("'NoneType' object has no attribute 'terminate'");
    this._popen.terminate();
  }

  kill(): void {
    if (isPy2()) throw absentInPy2(this, "kill");
    this._check_closed();
    if (this._popen === null) throw new AttributeError("'NoneType' object has no attribute 'kill'");
    this._popen.kill();
  }

  _terminateForExit(): void {
    this._popen?.terminate();
  }

  close(): void {
    if (isPy2()) throw absentInPy2(this, "close");
    if (this._popen !== null) {
      if (this._popen.poll() === null) {
        throw new ValueError("Cannot close a process while it is still running. You should first call join() or terminate().");
      }
      this._popen.close();
      this._popen = null;
      delete this._sentinel;
      children.delete(this);
    }
    this._closed = true;
  }

  /** Runs in the child: run(), then the exit function; returns the exit code (CPython's _bootstrap). */
  _bootstrap(): number {
    let exitCode: number;
    try {
      try {
        this.run();
        exitCode = 0;
      } finally {
        exitFunction(active_children);
      }
    } catch (error) {
      exitCode = childExitCode(this, error);
    }
    stdout.flush();
    return exitCode;
  }
}

/** Process members Python 2.7 lacks (sentinel came in 3.3, kill and close in 3.7): its AttributeError. */
function absentInPy2(process: BaseProcess, name: string): AttributeError {
  return new AttributeError(`'${typeName(process)}' object has no attribute '${name}'`);
}

/** The exit code of an exception that escaped a child's run(), printing what CPython prints. */
function childExitCode(process: Process, error: unknown): number {
  if (error instanceof SystemExit) {
    // The parent sees what the OS keeps of the status: its low 8 bits.
    return (isPy2() ? py2SystemExitStatus(error) : systemExitStatus(error)) & 0xff;
  }
  writeAll(2, `Process ${process.name}:\n${formatTraceback(error, "process")}`);
  return 1;
}

/**
 * Python 2.7's _bootstrap looks at the first argument only: none at all is failure,
 * an int (or bool) is the status, anything else (None too) is printed and fails.
 */
function py2SystemExitStatus(error: SystemExit): number {
  return error.args.length === 0 ? 1 : exitStatusOfCode(error.args[0], /* noneIsSuccess */ false);
}

/** `dict(kwargs)`: from a Python dict, or the plain object of keyword names emitted code may pass. */
function kwargsDict(kwargs: unknown): PyDict {
  if (kwargs === undefined || kwargs === null) return new PyDict();
  if (Object.getPrototypeOf(kwargs) === Object.prototype) return PyDict.of(...Object.entries(kwargs as Record<string, unknown>));
  return dict(kwargs) as PyDict;
}

function iterableOrThrow(value: unknown): Iterable<unknown> {
  if (value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function" && typeof value !== "string") {
    return value as Iterable<unknown>;
  }
  if (typeof value === "string") return value;
  throw new TypeError(`'${typeName(value)}' object is not iterable`);
}

/** The main process (CPython's _MainProcess). */
class _MainProcess extends BaseProcess {
  static override get __module__(): string {
    return "multiprocessing.process";
  }

  constructor() {
    super();
    this._initBase("MainProcess", PyTuple.of(), { authkey: new PyBytes(randomBytes(32)) }, null, null);
  }
}

/** A child's view of its parent (CPython's _ParentProcess, 3.8+). */
export class _ParentProcess extends BaseProcess {
  static override get __module__(): string {
    return "multiprocessing.process";
  }

  declare _pid: number;
  /** The parent's process cell; null when the parent is the main process. */
  declare _cell: Int32Array | null;

  constructor(name: string, pid: number, cell: Int32Array | null) {
    super();
    this._initBase(name, PyTuple.of(), {}, null, null);
    this._pid = pid;
    this._cell = cell;
  }

  override is_alive(): boolean {
    // The main process outlives its children: it joins them (or terminates daemons) before it ends.
    return this._cell === null || pollExit(this._cell) === null;
  }

  override get ident(): number {
    return this._pid;
  }

  override get pid(): number {
    return this._pid;
  }

  join(timeout: number | null = null): void {
    if (this._cell !== null) waitExit(this._cell, deadlineAfter(timeout));
  }
}

// -- Per-process state (each worker thread has its own copy) ----------------------

let currentProcess: BaseProcess = new _MainProcess();
let parentProcess: _ParentProcess | null = null;
/** This process's own cell (null in the main process): its children's parent handle. */
let currentCell: Int32Array | null = null;
/** Numbers the Process objects this process creates (Process-1, Process-2, ...). */
let counter = 0;
/** Started children not yet known to have ended. */
const children = new Set<Process>();

/** Removes children that have ended (CPython's process._cleanup). */
function cleanup(): void {
  for (const child of [...children]) if (child._popen?.poll() !== null) children.delete(child);
}

export function current_process(): BaseProcess {
  return currentProcess;
}

export function parent_process(): _ParentProcess | null {
  return parentProcess;
}

export function active_children(): PyList<Process> {
  cleanup();
  return PyList.fromArray([...children]);
}

/** In a child, before run(): this process is `process`, created by `parent`. */
export function becomeChild(process: Process, cell: Int32Array, parent: _ParentProcess): void {
  currentProcess = process;
  currentCell = cell;
  parentProcess = parent;
  // Its parent fixed the default context by starting it; fork copies that.
  fixDefaultContext();
}

registerRuntimeClass("multiprocessing.Process", Process);
// %(processName)s and %(process)d in log records.
setLoggingHooks({ processIdentity: () => ({ name: currentProcess.name, pid: getPid() }) });
registerProcessReset("multiprocessing.process", () => {
  currentProcess = new _MainProcess();
  parentProcess = null;
  currentCell = null;
  counter = 0;
  children.clear();
});
addExitHook(() => exitFunction(active_children));
refuseMissingLibraryMembers(BaseProcess);
