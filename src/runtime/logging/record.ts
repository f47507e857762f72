// logging.LogRecord (Lib/logging/__init__.py): everything known about one
// logging call. The caller's line and the process/thread identity come from
// hooks.ts and are read lazily, when a format or filter asks for them; the
// rest is filled in at creation as CPython does.

import { isPy2 } from "../builtins/dialect.js";
import { KeyError } from "../builtins/exceptions.js";
import { PyFloat, toFloat } from "../builtins/float.js";
import { PyObject } from "../builtins/object.js";
import { repr, str } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { programInfo } from "../internal/program.js";
import { now } from "./clock.js";
import { loggingHooks, type CallerLocation } from "./hooks.js";
import { getLevelName } from "./levels.js";
import { bind } from "./args.js";
import { percentFormat } from "../builtins/percentFormat.js";

/** logging._startTime: when the logging module was loaded. */
const startTime = now();

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The attributes CPython's LogRecord.__init__ sets, in its order (record.__dict__). */
const RECORD_FIELDS = [
  "name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module", "exc_info", "exc_text",
  "stack_info", "lineno", "funcName", "created", "msecs", "relativeCreated", "thread", "threadName",
  "processName", "process",
] as const;

export class LogRecord extends PyObject {
  static override get __module__(): string {
    return "logging";
  }

  declare name: string;
  declare msg: unknown;
  declare args: unknown;
  declare levelname: unknown;
  declare levelno: unknown;
  declare pathname: string;
  declare filename: string;
  declare module: string;
  declare exc_info: unknown;
  declare exc_text: unknown;
  declare stack_info: unknown;
  /** The moment of the call, as seconds since the epoch. */
  declare created: number | PyFloat;
  declare msecs: number | PyFloat;
  declare relativeCreated: number | PyFloat;
  /** Set by Formatter.format. */
  declare message: string;
  declare asctime: string;
  /** The JavaScript stack of the logging call, resolved to lineno/funcName on first use. */
  private declare _callerStack: Error | null;
  private declare _stacklevel: number;
  private declare _caller: CallerLocation | null;
  /** Keys from `extra=` and attributes set by filters, in order (they join record.__dict__). */
  declare _extraKeys: string[];

  /** LogRecord(name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None). */
  override __init__(...given: unknown[]): null {
    const a = bind("LogRecord.__init__", given, ["name", "level", "pathname", "lineno", "msg", "args", "exc_info", "func", "sinfo"]);
    const { name, level, pathname, lineno, msg, func, sinfo } = a;
    let args = a["args"];
    const excInfo = a["exc_info"] ?? null;
    const ct = now();
    this.name = name as string;
    this.msg = msg;
    // A single non-empty mapping argument is the mapping for `%(key)s` lookups.
    if (args instanceof PyTuple && args.length === 1 && isMapping(args[0]) && (args[0] as { __len__(): number }).__len__() > 0) args = args[0];
    this.args = args;
    this.levelname = getLevelName(level);
    this.levelno = level;
    this.pathname = pathname as string;
    this.filename = basename(this.pathname);
    this.module = this.filename.replace(/\.[^.]*$/, "");
    this.exc_info = excInfo;
    this.exc_text = null;
    this.stack_info = sinfo ?? null;
    this._caller = lineno === undefined || lineno === null ? null : { lineno: lineno as number, funcName: (func ?? null) as string };
    this._callerStack = null;
    this._stacklevel = 1;
    this.created = toFloat(ct);
    // CPython 3.11 truncates msecs to whole milliseconds (gh-89047); 2.7 keeps the fraction.
    this.msecs = toFloat(isPy2() ? (ct - Math.trunc(ct)) * 1000 : Math.trunc((ct - Math.trunc(ct)) * 1000));
    this.relativeCreated = toFloat((ct - startTime) * 1000);
    this._extraKeys = [];
    return null;
  }

  /** Defers findCaller: `stack` was captured inside the logging call. */
  setCallerStack(stack: Error, stacklevel: number): void {
    this._callerStack = stack;
    this._stacklevel = stacklevel;
    this._caller = null;
  }

  private caller(): CallerLocation {
    if (this._caller === null) {
      this._caller = this._callerStack ? loggingHooks().locateCaller(this._callerStack, this._stacklevel) : { lineno: 0, funcName: "(unknown function)" };
    }
    return this._caller;
  }

  get lineno(): number {
    return this.caller().lineno;
  }

  set lineno(value: number) {
    this._caller = { lineno: value, funcName: this.caller().funcName };
  }

  get funcName(): string {
    return this.caller().funcName;
  }

  set funcName(value: string) {
    this._caller = { lineno: this.caller().lineno, funcName: value };
  }

  get process(): number {
    return loggingHooks().processIdentity().pid;
  }

  get processName(): string {
    return loggingHooks().processIdentity().name;
  }

  get thread(): number {
    return loggingHooks().threadIdentity().ident;
  }

  get threadName(): string {
    return loggingHooks().threadIdentity().name;
  }

  /** getMessage(): str(msg) % args when there are args. */
  getMessage(): string {
    let msg = typeof this.msg === "string" ? this.msg : str(this.msg);
    if (truthyArgs(this.args)) msg = percentFormat(msg, this.args);
    return msg;
  }

  /** record.__dict__[key], as `fmt % record.__dict__` looks it up. */
  __getitem__(key: unknown): unknown {
    if (typeof key === "string" && (RECORD_FIELDS.includes(key as (typeof RECORD_FIELDS)[number]) || this._extraKeys.includes(key))) {
      return (this as unknown as Record<string, unknown>)[key];
    }
    if ((key === "message" && this.message !== undefined) || (key === "asctime" && this.asctime !== undefined)) {
      return (this as unknown as Record<string, unknown>)[key];
    }
    throw new KeyError(key);
  }

  __contains__(key: unknown): boolean {
    try {
      this.__getitem__(key);
      return true;
    } catch (error) {
      if (error instanceof KeyError) return false;
      throw error;
    }
  }

  /** Sets an `extra=` attribute (makeRecord checks for clashes first). */
  setExtra(key: string, value: unknown): void {
    (this as unknown as Record<string, unknown>)[key] = value;
    this._extraKeys.push(key);
  }

  override __repr__(): string {
    return `<LogRecord: ${this.name}, ${repr(this.levelno)}, ${this.pathname}, ${this.lineno}, "${str(this.msg)}">`;
  }
}

function isMapping(v: unknown): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof (v as { keys?: unknown }).keys === "function" && typeof (v as { __getitem__?: unknown }).__getitem__ === "function";
}

/** `if self.args:` for a tuple or a mapping. */
function truthyArgs(args: unknown): boolean {
  if (args === null || args === undefined) return false;
  if (Array.isArray(args)) return args.length > 0;
  const len = (args as { __len__?: () => number }).__len__;
  return typeof len === "function" ? len.call(args) > 0 : true;
}

/**
 * The path CPython records for calls from the script, its co_filename: Python 3.9+
 * makes the script's path absolute; Python 2 keeps it as given on the command line.
 */
export function scriptPathname(): string {
  const info = programInfo();
  return (isPy2() ? info.scriptPath : info.absoluteScriptPath) || "(unknown file)";
}
