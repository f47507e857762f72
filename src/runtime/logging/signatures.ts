// Python signatures of logging's functions and methods, for calls bound at run
// time (`log.info('x', exc_info=True)` on a receiver of unknown type goes through
// callMethodKw). Keyword checks beyond these stay in the methods, which raise
// CPython's own TypeError (e.g. from Logger._log).

import { defineFunction, defineMethod } from "../builtins/call.js";

type Methods = Readonly<Record<string, string>>;

const LOG_CALL = "msg, *args, **kwargs";

export const LOGGER_METHODS: Methods = {
  debug: LOG_CALL, info: LOG_CALL, warning: LOG_CALL, warn: LOG_CALL, error: LOG_CALL, critical: LOG_CALL, fatal: LOG_CALL,
  exception: "msg, *args, exc_info=, **kwargs",
  log: "level, msg, *args, **kwargs",
  setLevel: "level", addHandler: "hdlr", removeHandler: "hdlr", getEffectiveLevel: "", isEnabledFor: "level",
  getChild: "suffix", hasHandlers: "", handle: "record", callHandlers: "record",
  makeRecord: "name, level, fn, lno, msg, args, exc_info, func=, extra=, sinfo=",
};

export const FILTERER_METHODS: Methods = { addFilter: "filter", removeFilter: "filter", filter: "record" };

export const HANDLER_METHODS: Methods = {
  setLevel: "level", setFormatter: "fmt", format: "record", emit: "record", handle: "record", handleError: "record",
  flush: "", close: "", acquire: "", release: "", setStream: "stream",
};

export const FORMATTER_METHODS: Methods = {
  format: "record", formatTime: "record, datefmt=", formatException: "ei", formatMessage: "record", usesTime: "",
};

export const MODULE_FUNCTIONS: Methods = {
  debug: LOG_CALL, info: LOG_CALL, warning: LOG_CALL, warn: LOG_CALL, error: LOG_CALL, critical: LOG_CALL, fatal: LOG_CALL,
  exception: "msg, *args, exc_info=, **kwargs",
  log: "level, msg, *args, **kwargs",
  basicConfig: "**kwargs", getLogger: "name=", getLevelName: "level", addLevelName: "level, levelName",
  disable: "level=", shutdown: "",
};

/** Attaches `Class.name(self, ...)` to the methods a class defines itself. */
export function defineMethodSignatures(cls: Function, methods: Methods): void {
  const prototype = cls.prototype as Record<string, unknown>;
  for (const [name, params] of Object.entries(methods)) {
    const fn = Object.prototype.hasOwnProperty.call(prototype, name) ? prototype[name] : undefined;
    if (typeof fn === "function") defineMethod(fn as (...args: any[]) => any, `${cls.name}.${name}(self${params ? ", " + params : ""})`);
  }
}

/** Attaches `name(...)` to module functions. */
export function defineFunctionSignatures(functions: Readonly<Record<string, unknown>>): void {
  for (const [name, params] of Object.entries(MODULE_FUNCTIONS)) {
    const fn = functions[name];
    if (typeof fn === "function") defineFunction(fn as (...args: any[]) => any, `${name}(${params})`);
  }
}
