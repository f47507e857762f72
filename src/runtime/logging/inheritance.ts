// Logging across processes. Under fork a child starts with its parent's logging
// configuration (the handlers and format basicConfig set, levels, disabled
// loggers), and a logger kept in a module global is the child's logger of that
// name. Here a child is a new worker with its own logging module, so:
//
//   - the fork state "logging" carries each configured logger's level, flags and
//     handlers, applied in the child before the target runs;
//   - a Logger travels by name (pickle, Python 3.7+, does the same: getLogger(name)),
//     in messages too;
//   - a Formatter travels as its formats and style, a StreamHandler as its level,
//     formatter, filters and which standard stream it writes to, a NullHandler as
//     its attributes. One encode keeps identity, so a handler held in a global is
//     the one on the child's logger.
//
// A handler the child could not rebuild (a script's own subclass, a stream other
// than sys.stdout/sys.stderr) is left out of the fork state, and so are filters
// other than logging.Filter objects; a handler held in a global that the child
// cannot rebuild is the codec's "cannot send" error at start().

import { TypeError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { repr } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { kReduce, kShare, registerReducible, registerRuntimeClass, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { registerForkState } from "../internal/forkState.js";
import { stderr, stdout } from "../sys/stdio.js";
import { checkStyle, Formatter, styleCharOf } from "./formatter.js";
import { Filter, Handler, NullHandler, StreamHandler } from "./handlers.js";
import { getManager, Logger, root, RootLogger } from "./logger.js";

const kFormatter = "logging.Formatter";
const kStreamHandler = "logging.StreamHandler";
const kLogger = "logging.Logger";

registerRuntimeClass("logging.Formatter", Formatter);
registerRuntimeClass("logging.StreamHandler", StreamHandler);
registerRuntimeClass("logging.NullHandler", NullHandler);
registerRuntimeClass("logging.Filter", Filter);
registerRuntimeClass("logging.Logger", Logger);
registerRuntimeClass("logging.RootLogger", RootLogger);

/** A Formatter's fields, its private style included. */
interface FormatterFields {
  _fmt: string;
  datefmt: unknown;
  _style: ReturnType<typeof checkStyle>;
  converter: unknown;
  default_time_format: string;
  default_msec_format: string | null;
}

Object.defineProperty(Formatter.prototype, kReduce, {
  value(this: Formatter) {
    const f = this as unknown as FormatterFields;
    const state = PyTuple.of<unknown>(f._fmt, f.datefmt, styleCharOf(f._style), f.default_time_format, f.default_msec_format);
    return { kind: kFormatter, state };
  },
});

registerReducible(kFormatter, (obj, state) => {
  const [fmt, datefmt, style, timeFormat, msecFormat] = state as PyTuple<any>;
  const formatter = obj as unknown as FormatterFields;
  formatter._fmt = fmt;
  formatter.datefmt = datefmt;
  formatter._style = checkStyle(style);
  formatter.converter = null;
  formatter.default_time_format = timeFormat;
  formatter.default_msec_format = msecFormat;
});

/** "stdout" or "stderr" for the runtime's standard streams, else null. */
function standardStreamName(stream: unknown): "stdout" | "stderr" | null {
  return stream === stdout ? "stdout" : stream === stderr ? "stderr" : null;
}

Object.defineProperty(StreamHandler.prototype, kReduce, {
  value(this: StreamHandler) {
    const stream = standardStreamName(this.stream);
    if (stream === null) throw new TypeError(`cannot send a StreamHandler writing to ${repr(this.stream)} to another process`);
    return { kind: kStreamHandler, state: PyTuple.of<unknown>(this.level, this.name, this.formatter, stream, this.terminator, runtimeFilters(this.filters)) };
  },
});

registerReducible(kStreamHandler, (obj, state) => {
  const [level, name, formatter, stream, terminator, filters] = state as PyTuple<any>;
  const handler = obj as StreamHandler;
  handler.level = level;
  handler.name = name;
  handler.formatter = formatter;
  handler.stream = stream === "stdout" ? stdout : stderr;
  handler.terminator = terminator;
  handler.filters = filters;
});

Object.defineProperty(Logger.prototype, kShare, {
  value(this: Logger): ShareState {
    return { kind: kLogger, typeName: "Logger", buffers: [], state: this === root ? "" : this.name, travelsInMessages: true };
  },
});

registerShareable(kLogger, (_buffers, name) => (name === "" ? root : getManager().getLogger(name)));

/**
 * The logging.Filter objects among `filters`. A script's own filters (functions,
 * lambdas, subclasses) stay behind: a lambda cannot travel, and a configuration
 * the child cannot have must not stop start().
 */
function runtimeFilters(filters: PyList): PyList {
  return PyList.of(...filters.filter((f) => f !== null && typeof f === "object" && f.constructor === Filter));
}

/** A handler the child can rebuild: the runtime's own classes, on a standard stream. */
function inheritable(handler: Handler): boolean {
  if (handler.constructor === NullHandler) return true;
  return handler.constructor === StreamHandler && standardStreamName((handler as StreamHandler).stream) !== null;
}

interface LoggingState {
  readonly disable: number;
  readonly warned: boolean;
  /** [name ("" for the root), level, propagate, disabled, handlers, filters] of each logger. */
  readonly loggers: PyList<PyTuple<any>>;
}

registerForkState("logging", {
  snapshot(): LoggingState {
    const manager = getManager();
    const loggers = new PyList<PyTuple<any>>();
    for (const logger of [root, ...manager.loggerDict.values()]) {
      const handlers = PyList.of(...logger.handlers.filter(inheritable));
      loggers.push(PyTuple.of<any>(logger === root ? "" : logger.name, logger.level, logger.propagate, logger.disabled, handlers, runtimeFilters(logger.filters)));
    }
    return { disable: manager.disable, warned: manager.emittedNoHandlerWarning, loggers };
  },
  restore(state: unknown): void {
    const { disable, warned, loggers } = state as LoggingState;
    const manager = getManager();
    manager.disable = disable;
    manager.emittedNoHandlerWarning = warned;
    for (const [name, level, propagate, disabled, handlers, filters] of loggers) {
      const logger = name === "" ? root : manager.getLogger(name);
      logger.level = level;
      logger.propagate = propagate;
      logger.disabled = disabled;
      logger.handlers = handlers;
      logger.filters = filters;
    }
  },
});
