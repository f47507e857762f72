// Loggers and their hierarchy (Lib/logging/__init__.py Logger, RootLogger,
// Manager): level checks through parents, records handed to every handler up
// the propagate chain, and what happens when there is none (Python 3's
// lastResort; Python 2's one-time "No handlers could be found" line).

import { isPy2 } from "../builtins/dialect.js";
import { KeyError, TypeError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { repr, str } from "../builtins/repr.js";
import { truthy } from "../builtins/truth.js";
import { PyTuple } from "../builtins/tuple.js";
import { type } from "../builtins/types.js";
import { BaseException } from "../builtins/exceptions.js";
import { unsupported } from "../random/unsupported.js";
import { bind, splitKeywords, unexpectedKeyword } from "./args.js";
import { Filterer, lastResort, type Handler } from "./handlers.js";
import { loggingHooks } from "./hooks.js";
import { checkLevel, CRITICAL, DEBUG, ERROR, getLevelName, INFO, NOTSET, WARNING } from "./levels.js";
import { LogRecord, scriptPathname } from "./record.js";
import { standardError } from "./stdio.js";

/** Captures the JavaScript stack of a logging call, deep enough to reach the Python caller. */
function captureCaller(stacklevel: number): Error {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 16 + stacklevel;
  const stack = new Error("findCaller");
  Error.stackTraceLimit = saved;
  return stack;
}

/** `isinstance(level, int)` for Logger.log (bool is an int; py2 longs are not). */
function isIntLevel(level: unknown): boolean {
  return (typeof level === "number" && Number.isInteger(level)) || typeof level === "boolean" || (typeof level === "bigint" && !isPy2());
}

export class Logger extends Filterer {
  declare name: string;
  declare level: number;
  declare parent: Logger | null;
  declare propagate: boolean;
  declare handlers: PyList<Handler>;
  declare disabled: boolean;

  /** Logger(name, level=NOTSET). */
  override __init__(...args: unknown[]): null {
    super.__init__();
    const a = bind("Logger.__init__", args, ["name", "level"]);
    this.name = a["name"] as string;
    this.level = checkLevel(a["level"] ?? NOTSET);
    this.parent = null;
    this.propagate = true;
    this.handlers = new PyList();
    this.disabled = false;
    return null;
  }

  get manager(): Manager {
    return manager;
  }

  get root(): RootLogger {
    return root;
  }

  setLevel(level: unknown): null {
    this.level = checkLevel(level);
    return null;
  }

  debug(msg: unknown, ...args: unknown[]): null {
    if (this.isEnabledFor(DEBUG)) this._log(DEBUG, msg, args);
    return null;
  }

  info(msg: unknown, ...args: unknown[]): null {
    if (this.isEnabledFor(INFO)) this._log(INFO, msg, args);
    return null;
  }

  warning(msg: unknown, ...args: unknown[]): null {
    if (this.isEnabledFor(WARNING)) this._log(WARNING, msg, args);
    return null;
  }

  /** Python 2's alias of warning; Python 3.11 also prints a DeprecationWarning naming the caller's line. */
  warn(msg: unknown, ...args: unknown[]): null {
    if (!isPy2()) unsupported("Logger.warn() under Python 3 (CPython prints a DeprecationWarning with the calling line); use warning()");
    return this.warning(msg, ...args);
  }

  error(msg: unknown, ...args: unknown[]): null {
    if (this.isEnabledFor(ERROR)) this._log(ERROR, msg, args);
    return null;
  }

  /** error() with exc_info: Python 3 takes exc_info=True as a default, Python 2 forces it. */
  exception(msg: unknown, ...args: unknown[]): null {
    const [positional, keywords] = splitKeywords(args);
    const excInfo = isPy2() || !("exc_info" in keywords) ? true : keywords["exc_info"];
    return this.error(msg, ...positional, { ...keywords, exc_info: excInfo });
  }

  critical(msg: unknown, ...args: unknown[]): null {
    if (this.isEnabledFor(CRITICAL)) this._log(CRITICAL, msg, args);
    return null;
  }

  fatal(msg: unknown, ...args: unknown[]): null {
    return this.critical(msg, ...args);
  }

  log(level: unknown, msg: unknown, ...args: unknown[]): null {
    if (!isIntLevel(level)) throw new TypeError("level must be an integer");
    const n = Number(level);
    if (this.isEnabledFor(n)) this._log(n, msg, args);
    return null;
  }

  /** _log(level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1). */
  _log(level: number, msg: unknown, rest: readonly unknown[]): void {
    const [args, keywords] = splitKeywords(rest);
    const allowed = isPy2() ? ["exc_info", "extra"] : ["exc_info", "extra", "stack_info", "stacklevel"];
    for (const key of Object.keys(keywords)) if (!allowed.includes(key)) throw unexpectedKeyword("Logger._log", key);
    const stacklevel = keywords["stacklevel"] === undefined ? 1 : Number(keywords["stacklevel"]);
    const caller = captureCaller(stacklevel);
    let excInfo: unknown = keywords["exc_info"] ?? null;
    if (truthy(excInfo)) {
      if (excInfo instanceof BaseException && !isPy2()) excInfo = PyTuple.of<unknown>(type(excInfo), excInfo, excInfo.__traceback__);
      else if (!(excInfo instanceof PyTuple)) excInfo = excInfoTuple(loggingHooks().handledException());
    }
    const record = this.makeRecord(this.name, level, scriptPathname(), null, msg, PyTuple.fromIterable(args), excInfo, null, keywords["extra"] ?? null, truthy(keywords["stack_info"]) ? true : null);
    record.setCallerStack(caller, stacklevel);
    this.handle(record);
  }

  /** makeRecord: a LogRecord plus the `extra` attributes, which may not replace its own. */
  makeRecord(name: unknown, level: unknown, fn: unknown, lno: unknown, msg: unknown, args: unknown, excInfo: unknown, func: unknown = null, extra: unknown = null, sinfo: unknown = null): LogRecord {
    const record = new LogRecord(name, level, fn, lno, msg, args, excInfo, func, sinfo);
    if (extra !== null && extra !== undefined) {
      for (const key of extra as Iterable<string>) {
        if (key === "message" || key === "asctime" || record.__contains__(key)) {
          throw new KeyError(`Attempt to overwrite ${repr(key)} in LogRecord`);
        }
        record.setExtra(key, (extra as { __getitem__(k: unknown): unknown }).__getitem__(key));
      }
    }
    return record;
  }

  handle(record: LogRecord): null {
    if (!this.disabled && this.filter(record)) this.callHandlers(record);
    return null;
  }

  addHandler(handler: Handler): null {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
    return null;
  }

  removeHandler(handler: Handler): null {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
    return null;
  }

  /** Python 3: whether this logger or an ancestor reached by propagation has a handler. */
  hasHandlers(): boolean {
    for (let c: Logger | null = this; c; c = c.propagate ? c.parent : null) if (c.handlers.length > 0) return true;
    return false;
  }

  callHandlers(record: LogRecord): null {
    let found = 0;
    for (let c: Logger | null = this; c; c = c.propagate ? c.parent : null) {
      for (const handler of [...c.handlers]) {
        found++;
        if ((record.levelno as number) >= handler.level) handler.handle(record);
      }
    }
    if (found === 0) {
      if (!isPy2()) {
        if ((record.levelno as number) >= lastResort.level) lastResort.handle(record);
      } else if (!manager.emittedNoHandlerWarning) {
        standardError().write(`No handlers could be found for logger "${this.name}"\n`);
        manager.emittedNoHandlerWarning = true;
      }
    }
    return null;
  }

  getEffectiveLevel(): number {
    for (let logger: Logger | null = this; logger; logger = logger.parent) if (logger.level) return logger.level;
    return NOTSET;
  }

  isEnabledFor(level: number): boolean {
    if (this.disabled && !isPy2()) return false;
    if (manager.disable >= level) return false;
    return level >= this.getEffectiveLevel();
  }

  getChild(suffix: unknown): Logger {
    const name = this === root ? (suffix as string) : `${this.name}.${str(suffix)}`;
    return manager.getLogger(name);
  }

  override __repr__(): string {
    if (isPy2()) return super.__repr__();
    return `<${this.constructor.name} ${this.name} (${str(getLevelName(this.getEffectiveLevel()))})>`;
  }
}

/** sys.exc_info() for the exception being handled (or none). */
function excInfoTuple(exception: unknown): PyTuple {
  if (exception === null || exception === undefined) return PyTuple.of<unknown>(null, null, null);
  return PyTuple.of<unknown>(type(exception), exception, (exception as { __traceback__?: unknown }).__traceback__ ?? null);
}

export class RootLogger extends Logger {
  override __init__(...args: unknown[]): null {
    const a = bind("RootLogger.__init__", args, ["level"]);
    return super.__init__("root", a["level"]);
  }
}

/** Logger.manager: the name -> logger table and the hierarchy it maintains. */
export class Manager {
  /** logging.disable(level): records at or below it are dropped everywhere. */
  disable = 0;
  emittedNoHandlerWarning = false;
  readonly loggerDict = new Map<string, Logger>();

  constructor(readonly root: RootLogger) {}

  getLogger(name: unknown): Logger {
    if (typeof name !== "string") throw new TypeError(isPy2() ? "A logger name must be string or Unicode" : "A logger name must be a string");
    let logger = this.loggerDict.get(name);
    if (logger === undefined) {
      logger = new Logger(name);
      this.loggerDict.set(name, logger);
      this.fixupParents(logger);
      this.fixupChildren(logger);
    }
    return logger;
  }

  /** The nearest existing ancestor by dotted name, else the root (_fixupParents). */
  private fixupParents(logger: Logger): void {
    const name = logger.name;
    let parent: Logger = this.root;
    for (let i = name.lastIndexOf("."); i > 0; i = name.lastIndexOf(".", i - 1)) {
      const found = this.loggerDict.get(name.slice(0, i));
      if (found) {
        parent = found;
        break;
      }
    }
    logger.parent = parent;
  }

  /** Existing descendants whose parent sits above the new logger now hang from it (_fixupChildren). */
  private fixupChildren(logger: Logger): void {
    const prefix = logger.name + ".";
    for (const child of this.loggerDict.values()) {
      if (child !== logger && child.name.startsWith(prefix) && !child.parent!.name.startsWith(logger.name)) {
        logger.parent = child.parent;
        child.parent = logger;
      }
    }
  }
}

export const root = new RootLogger(WARNING);
const manager = new Manager(root);

/** getLogger(name=None): the root for no name (Python 3 also for 'root'). */
export function getLogger(name: unknown = null): Logger {
  if (name === null || name === undefined || name === "" || (!isPy2() && name === root.name)) return root;
  return manager.getLogger(name);
}

export function getManager(): Manager {
  return manager;
}
