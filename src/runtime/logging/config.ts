// basicConfig and the module-level logging functions (logging.info(...) and
// friends): each first configures the root logger with basicConfig() when it
// has no handler, then logs through it, exactly as Lib/logging/__init__.py does.

import { isPy2 } from "../builtins/dialect.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { iter } from "../builtins/iteration.js";
import { truthy } from "../builtins/truth.js";
import { unsupported } from "../random/unsupported.js";
import { splitKeywords } from "./args.js";
import { checkStyle, Formatter, STYLE_DEFAULT_FORMATS } from "./formatter.js";
import { Handler, StreamHandler } from "./handlers.js";
import { CRITICAL } from "./levels.js";
import { getManager, root } from "./logger.js";

/**
 * basicConfig(**kwargs): a StreamHandler with a Formatter on the root logger,
 * unless it already has handlers (Python 3: `force=True` removes them first).
 */
export function basicConfig(...args: unknown[]): null {
  const [positional, given] = splitKeywords(args);
  if (positional.length > 0) {
    throw new TypeError(`basicConfig() takes 0 positional arguments but ${positional.length} ${positional.length === 1 ? "was" : "were"} given`);
  }
  const kwargs: Record<string, unknown> = { ...given };
  if (isPy2()) return basicConfig2(kwargs);
  const force = take(kwargs, "force");
  take(kwargs, "encoding");
  take(kwargs, "errors");
  if (truthy(force)) {
    for (const h of [...root.handlers]) {
      root.removeHandler(h);
      h.close();
    }
  }
  if (root.handlers.length > 0) return null;
  let handlers = take(kwargs, "handlers");
  if (handlers === undefined || handlers === null) {
    if ("stream" in kwargs && "filename" in kwargs) throw new ValueError("'stream' and 'filename' should not be specified together");
  } else if ("stream" in kwargs || "filename" in kwargs) {
    throw new ValueError("'stream' or 'filename' should not be specified together with 'handlers'");
  }
  if (handlers === undefined || handlers === null) {
    const filename = take(kwargs, "filename");
    take(kwargs, "filemode");
    if (truthy(filename)) unsupported("basicConfig(filename=...): converted programs log to streams only");
    handlers = [new StreamHandler(take(kwargs, "stream") ?? null)];
  }
  const datefmt = take(kwargs, "datefmt") ?? null;
  const style = take(kwargs, "style") ?? "%";
  checkStyle(style);
  const format = take(kwargs, "format") ?? STYLE_DEFAULT_FORMATS[style as string];
  const fmt = new Formatter(format, datefmt, style);
  for (const h of iter(handlers) as Iterable<Handler>) {
    if (h.formatter === null) h.setFormatter(fmt);
    root.addHandler(h);
  }
  const level = take(kwargs, "level");
  if (level !== undefined && level !== null) root.setLevel(level);
  const unknown = Object.keys(kwargs);
  if (unknown.length > 0) throw new ValueError(`Unrecognised argument(s): ${unknown.join(", ")}`);
  return null;
}

/** Python 2.7's basicConfig: filename, filemode, format, datefmt, level, stream; other keys are ignored. */
function basicConfig2(kwargs: Record<string, unknown>): null {
  if (root.handlers.length > 0) return null;
  if (truthy(kwargs["filename"])) unsupported("basicConfig(filename=...): converted programs log to streams only");
  const handler = new StreamHandler(kwargs["stream"] ?? null);
  handler.setFormatter(new Formatter(kwargs["format"] ?? STYLE_DEFAULT_FORMATS["%"], kwargs["datefmt"] ?? null));
  root.addHandler(handler);
  const level = kwargs["level"];
  if (level !== undefined && level !== null) root.setLevel(level);
  return null;
}

function take(kwargs: Record<string, unknown>, key: string): unknown {
  const value = kwargs[key];
  delete kwargs[key];
  return value;
}

function configured(): typeof root {
  if (root.handlers.length === 0) basicConfig();
  return root;
}

export function critical(msg: unknown, ...args: unknown[]): null {
  return configured().critical(msg, ...args);
}

export function fatal(msg: unknown, ...args: unknown[]): null {
  return critical(msg, ...args);
}

export function error(msg: unknown, ...args: unknown[]): null {
  return configured().error(msg, ...args);
}

/** exception(msg, *args, exc_info=True, **kwargs): error() with the exception being handled. */
export function exception(msg: unknown, ...args: unknown[]): null {
  return configured().exception(msg, ...args);
}

export function warning(msg: unknown, ...args: unknown[]): null {
  return configured().warning(msg, ...args);
}

/** Python 2's alias of warning; Python 3.11 prints a DeprecationWarning naming the caller's line first. */
export function warn(msg: unknown, ...args: unknown[]): null {
  if (!isPy2()) unsupported("logging.warn() under Python 3 (CPython prints a DeprecationWarning with the calling line); use warning()");
  return warning(msg, ...args);
}

export function info(msg: unknown, ...args: unknown[]): null {
  return configured().info(msg, ...args);
}

export function debug(msg: unknown, ...args: unknown[]): null {
  return configured().debug(msg, ...args);
}

export function log(level: unknown, msg: unknown, ...args: unknown[]): null {
  return configured().log(level, msg, ...args);
}

/** disable(level=CRITICAL) (Python 2: the level is required). */
export function disable(level: unknown = CRITICAL): null {
  getManager().disable = Number(level);
  return null;
}

/** Flushes and closes handlers at exit; every write here is already on its descriptor. */
export function shutdown(): null {
  for (const h of root.handlers) h.flush();
  return null;
}
