// Filters and handlers (Lib/logging/__init__.py): Filterer, Filter, Handler,
// StreamHandler, NullHandler and Python 3's lastResort. A StreamHandler writes
// each record with ONE stream.write(msg + terminator): on sys.stderr that is one
// synchronous write, so records from different processes never tear.

import { isPy2 } from "../builtins/dialect.js";
import { NotImplementedError } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { PyObject } from "../builtins/object.js";
import { str } from "../builtins/repr.js";
import { truthy } from "../builtins/truth.js";
import { unsupported } from "../random/unsupported.js";
import { bind } from "./args.js";
import { getDefaultFormatter, type Formatter } from "./formatter.js";
import { checkLevel, getLevelName, NOTSET, WARNING } from "./levels.js";
import type { LogRecord } from "./record.js";
import { standardError } from "./stdio.js";

/** A Python file-like object (sys.stderr, sys.stdout or a script's own). */
interface WritableStream {
  write(text: string): unknown;
  flush?(): unknown;
  name?: unknown;
}

export class Filterer extends PyObject {
  static override get __module__(): string {
    return "logging";
  }

  declare filters: PyList;

  override __init__(..._args: unknown[]): null {
    this.filters = new PyList();
    return null;
  }

  addFilter(filter: unknown): null {
    if (!this.filters.includes(filter)) this.filters.push(filter);
    return null;
  }

  removeFilter(filter: unknown): null {
    const i = this.filters.indexOf(filter);
    if (i >= 0) this.filters.splice(i, 1);
    return null;
  }

  /** False as soon as one filter rejects the record (Python 3 filters may be plain callables). */
  filter(record: LogRecord): boolean {
    for (const f of [...this.filters]) {
      const method = (f as { filter?: unknown }).filter;
      let result: unknown;
      if (typeof method === "function") result = method.call(f, record);
      else if (typeof f === "function" && !isPy2()) result = f(record);
      else unsupported("a logging filter without a filter() method");
      if (!truthy(result)) return false;
    }
    return true;
  }
}

/** logging.Filter(name=''): passes records of the named logger and its children. */
export class Filter extends PyObject {
  static override get __module__(): string {
    return "logging";
  }

  declare name: string;
  declare nlen: number;

  override __init__(...args: unknown[]): null {
    const a = bind("Filter.__init__", args, ["name"]);
    this.name = (a["name"] ?? "") as string;
    this.nlen = this.name.length;
    return null;
  }

  filter(record: LogRecord): boolean {
    if (this.nlen === 0 || this.name === record.name) return true;
    if (!record.name.startsWith(this.name)) return false;
    return record.name[this.nlen] === ".";
  }
}

export class Handler extends Filterer {
  declare level: number;
  declare formatter: Formatter | null;
  declare private _name: unknown;

  /** Handler(level=NOTSET). */
  override __init__(...args: unknown[]): null {
    super.__init__();
    const a = bind(`${this.constructor.name}.__init__`, args, ["level"]);
    this._name = null;
    this.level = checkLevel(a["level"] ?? NOTSET);
    this.formatter = null;
    return null;
  }

  get name(): unknown {
    return this._name;
  }

  set name(value: unknown) {
    this._name = value;
  }

  setLevel(level: unknown): null {
    this.level = checkLevel(level);
    return null;
  }

  setFormatter(fmt: unknown): null {
    this.formatter = fmt as Formatter | null;
    return null;
  }

  format(record: LogRecord): string {
    return (this.formatter ?? getDefaultFormatter()).format(record);
  }

  emit(_record: LogRecord): unknown {
    throw new NotImplementedError("emit must be implemented by Handler subclasses");
  }

  /** Filters, then emits; returns whether the record passed the filters. */
  handle(record: LogRecord): boolean {
    const passed = this.filter(record);
    if (passed) this.emit(record);
    return passed;
  }

  acquire(): null {
    return null;
  }

  release(): null {
    return null;
  }

  flush(): null {
    return null;
  }

  close(): null {
    return null;
  }

  /**
   * CPython prints "--- Logging error ---" with a traceback through logging's own
   * source files and carries on; that report cannot be reproduced.
   */
  handleError(_record: LogRecord, error?: unknown): never {
    if (error instanceof NotImplementedError && str(error).startsWith("py2ts-mp does not support")) throw error;
    return unsupported(`logging's "--- Logging error ---" report for a record that failed to format or write (${str(error)})`);
  }

  override __repr__(): string {
    if (isPy2()) return super.__repr__();
    return `<${this.constructor.name} (${str(getLevelName(this.level))})>`;
  }
}

export class StreamHandler extends Handler {
  declare stream: WritableStream;
  declare terminator: string;

  /** StreamHandler(stream=None): sys.stderr by default. */
  override __init__(...args: unknown[]): null {
    const a = bind("StreamHandler.__init__", args, ["stream"]);
    super.__init__();
    this.stream = (a["stream"] ?? standardError()) as WritableStream;
    this.terminator = "\n";
    return null;
  }

  override flush(): null {
    const stream = this.currentStream() as WritableStream | null;
    if (stream && typeof stream.flush === "function") stream.flush();
    return null;
  }

  override emit(record: LogRecord): null {
    let text: string;
    try {
      text = this.format(record) + this.terminator;
    } catch (error) {
      return this.handleError(record, error);
    }
    this.currentStream().write(text);
    this.flush();
    return null;
  }

  /** The stream of this emit (the handler of last resort looks sys.stderr up each time). */
  protected currentStream(): WritableStream {
    return this.stream;
  }

  setStream(stream: unknown): unknown {
    if (stream === this.stream) return null;
    const previous = this.stream;
    this.flush();
    this.stream = stream as WritableStream;
    return previous;
  }

  override __repr__(): string {
    if (isPy2()) return super.__repr__();
    const name = this.stream && this.stream.name !== undefined ? str(this.stream.name) : "";
    return `<${this.constructor.name} ${name ? name + " " : ""}(${str(getLevelName(this.level))})>`;
  }
}

/** logging.NullHandler: swallows records (libraries install it to stay quiet). */
export class NullHandler extends Handler {
  override handle(_record: LogRecord): boolean {
    return true;
  }

  override emit(_record: LogRecord): null {
    return null;
  }
}

export class FileHandler extends StreamHandler {
  override __init__(..._args: unknown[]): null {
    return unsupported("logging.FileHandler and basicConfig(filename=...): converted programs log to streams only");
  }
}

/** Python 3's handler of last resort (`_StderrHandler`): sys.stderr at WARNING, '%(message)s'. */
class _StderrHandler extends StreamHandler {
  override __init__(...args: unknown[]): null {
    super.__init__(...args);
    this.setLevel(WARNING);
    return null;
  }

  protected override currentStream(): WritableStream {
    return standardError();
  }
}

export const lastResort: Handler = new _StderrHandler();
