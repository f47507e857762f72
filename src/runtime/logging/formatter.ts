// logging.Formatter: turns a LogRecord into text. The '%' style formats
// `fmt % record.__dict__`; '{' (Python 3) is `fmt.format_map(record.__dict__)` and
// '$' a string.Template substitution.
// Exception text comes from the traceback hook and is cached on the record,
// as CPython caches exc_text.

import { isPy2 } from "../builtins/dialect.js";
import { KeyError, ValueError } from "../builtins/exceptions.js";
import { PyObject } from "../builtins/object.js";
import { str } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { truthy } from "../builtins/truth.js";
import { unsupported } from "../random/unsupported.js";
import { bind } from "./args.js";
import { validateBraceFormat } from "./braceFormat.js";
import { strftimeLocal } from "./clock.js";
import { loggingHooks } from "./hooks.js";
import { percentFormat } from "../builtins/percentFormat.js";
import { strFormatMap } from "../builtins/strFormat.js";
import type { LogRecord } from "./record.js";

export const BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s";

interface Style {
  readonly defaultFormat: string;
  readonly asctimeSearch: readonly string[];
  validate(fmt: string): void;
  format(fmt: string, record: LogRecord): string;
}

const PERCENT_FIELD = /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/i;

const percentStyle: Style = {
  defaultFormat: "%(message)s",
  asctimeSearch: ["%(asctime)"],
  validate(fmt) {
    if (!PERCENT_FIELD.test(fmt)) throw new ValueError(`Invalid format '${fmt}' for '%' style`);
  },
  format(fmt, record) {
    try {
      return percentFormat(fmt, record);
    } catch (error) {
      if (error instanceof KeyError && !isPy2()) throw new ValueError(`Formatting field not found in record: ${str(error)}`);
      throw error;
    }
  },
};

const braceStyle: Style = {
  defaultFormat: "{message}",
  asctimeSearch: ["{asctime"],
  validate: validateBraceFormat,
  format(fmt, record) {
    return strFormatMap(fmt, record);
  },
};

const TEMPLATE_FIELD = /\$(?:(\$)|(\w+)|\{(\w+)\})/g;

const templateStyle: Style = {
  defaultFormat: "${message}",
  asctimeSearch: ["$asctime", "${asctime}"],
  validate(fmt) {
    if (!/\$(\w+|\{\w+\})/.test(fmt)) throw new ValueError("invalid format: no fields");
  },
  format(fmt, record) {
    return fmt.replace(TEMPLATE_FIELD, (_whole, dollar: string | undefined, named: string | undefined, braced: string | undefined) =>
      dollar ? "$" : str(record.__getitem__(named ?? braced)),
    );
  },
};

const STYLES: Readonly<Record<string, Style>> = { "%": percentStyle, "{": braceStyle, $: templateStyle };

/** The default format of each style for basicConfig. */
export const STYLE_DEFAULT_FORMATS: Readonly<Record<string, string>> = {
  "%": BASIC_FORMAT,
  "{": "{levelname}:{name}:{message}",
  $: "${levelname}:${name}:${message}",
};

/** The style character (`%`, `{`, `$`) of a formatter's style. */
export function styleCharOf(style: Style): string {
  return Object.keys(STYLES).find((key) => STYLES[key] === style) ?? "%";
}

export function checkStyle(style: unknown): Style {
  const found = typeof style === "string" ? STYLES[style] : undefined;
  if (!found) throw new ValueError("Style must be one of: %,{,$");
  return found;
}

export class Formatter extends PyObject {
  static override get __module__(): string {
    return "logging";
  }

  /** The format string (CPython's `_fmt`). */
  declare _fmt: string;
  declare datefmt: unknown;
  declare private _style: Style;
  /** time.localtime unless a script replaces it (then it must return a struct_time). */
  declare converter: ((secs: number) => unknown) | null;
  declare default_time_format: string;
  declare default_msec_format: string | null;

  /** Formatter(fmt=None, datefmt=None, style='%', validate=True); Python 2: Formatter(fmt=None, datefmt=None). */
  override __init__(...args: unknown[]): null {
    const names = isPy2() ? ["fmt", "datefmt"] : ["fmt", "datefmt", "style", "validate"];
    const a = bind("Formatter.__init__", args, names, isPy2() ? [] : ["defaults"]);
    if (a["defaults"] !== undefined && a["defaults"] !== null) unsupported("Formatter(defaults=...)");
    this._style = isPy2() ? percentStyle : a["style"] === undefined ? percentStyle : checkStyle(a["style"]);
    const fmt = a["fmt"];
    this._fmt = fmt === undefined || fmt === null || fmt === "" ? this._style.defaultFormat : (fmt as string);
    if (!isPy2() && (a["validate"] === undefined || truthy(a["validate"]))) this._style.validate(this._fmt);
    this.datefmt = a["datefmt"] ?? null;
    this.converter = null;
    this.default_time_format = "%Y-%m-%d %H:%M:%S";
    this.default_msec_format = "%s,%03d";
    return null;
  }

  usesTime(): boolean {
    return this._style.asctimeSearch.some((s) => this._fmt.includes(s));
  }

  formatTime(record: LogRecord, datefmt?: unknown): string {
    if (this.converter !== null) unsupported("a replaced Formatter.converter until the time module lands");
    const created = Number(record.created);
    if (datefmt !== undefined && datefmt !== null && truthy(datefmt)) return strftimeLocal(datefmt as string, created);
    const t = strftimeLocal(this.default_time_format, created);
    return this.default_msec_format ? percentFormat(this.default_msec_format, PyTuple.of<unknown>(t, record.msecs)) : t;
  }

  /** The traceback text of an exc_info tuple, without its final newline. */
  formatException(excInfo: unknown): string {
    const value = Array.isArray(excInfo) ? excInfo[1] : null;
    let text: string;
    if (value === null || value === undefined) text = isPy2() ? "None\n" : "NoneType: None\n";
    else text = loggingHooks().formatException(value);
    return text.endsWith("\n") ? text.slice(0, -1) : text;
  }

  formatMessage(record: LogRecord): string {
    return this._style.format(this._fmt, record);
  }

  format(record: LogRecord): string {
    record.message = record.getMessage();
    if (this.usesTime()) record.asctime = this.formatTime(record, this.datefmt);
    let s = this.formatMessage(record);
    if (truthy(record.exc_info) && !truthy(record.exc_text)) record.exc_text = this.formatException(record.exc_info);
    if (truthy(record.exc_text)) {
      if (!s.endsWith("\n")) s += "\n";
      s += record.exc_text as string;
    }
    if (truthy(record.stack_info)) unsupported("stack_info=True in logging calls");
    return s;
  }
}

/** logging._defaultFormatter: '%(message)s'. */
let defaultFormatter: Formatter | null = null;

export function getDefaultFormatter(): Formatter {
  return (defaultFormatter ??= new Formatter());
}
