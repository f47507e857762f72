// print: the Python 3 function (also Python 2 with print_function) and the
// Python 2 print statement with its softspace rule. Printing to sys.stdout or
// sys.stderr writes the whole text with one write (one fs.writeSync), so lines
// from concurrent processes never interleave mid-line; any other file object
// receives one write() call per piece, as CPython makes them.

import { AttributeError, TypeError } from "./exceptions.js";
import { str } from "./repr.js";
import { addExitHook } from "../internal/module.js";
import { TextStream, stdout } from "../sys/stdio.js";
import { isKwargs } from "./kwargs.js";
import { truthy } from "./truth.js";
import { typeName } from "./types.js";
import { hasFuture, isPy2 } from "./dialect.js";
import { isUnicode, printBytes } from "./unicode.js";

export interface PrintOptions {
  sep?: unknown;
  end?: unknown;
  file?: unknown;
  flush?: unknown;
}

interface Writable {
  write(text: string): unknown;
  flush?: () => unknown;
  softspace?: unknown;
}

/** print(*values), keywords as a trailing object: print(a, b, { sep: "-" }). */
export function print(...values: unknown[]): null {
  if (values.length > 0 && isKwargs(values[values.length - 1])) {
    const options = values.pop() as PrintOptions;
    return printWith(options, ...values);
  }
  // In Python 2 (without print_function) print is the statement: softspace rules apply.
  if (isPy2() && !hasFuture("print_function")) {
    printStatement(values, true);
    return null;
  }
  let text = "";
  for (let i = 0; i < values.length; i++) text += (i === 0 ? "" : " ") + printed(values[i]);
  stdout.rawWrite(text + "\n");
  stdout.softspace = 0;
  return null;
}

const PRINT_KEYWORDS = new Set(["sep", "end", "file", "flush"]);

/** sep or end: a str, or Python 2's str or unicode (written as a printed value is). */
function textOption(v: unknown, name: string, fallback: string): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v === "string") return v;
  if (isUnicode(v)) return printed(v);
  throw new TypeError(isPy2() ? `${name} must be None, str or unicode, not ${typeName(v)}` : `${name} must be None or a string, not ${typeName(v)}`);
}

/** print(*values, sep=..., end=..., file=..., flush=...) */
export function printWith(options: PrintOptions, ...values: unknown[]): null {
  for (const key of Object.keys(options)) {
    if (!PRINT_KEYWORDS.has(key)) throw new TypeError(`'${key}' is an invalid keyword argument for print()`);
  }
  const sep = textOption(options.sep, "sep", " ");
  const end = textOption(options.end, "end", "\n");
  const file = options.file === undefined || options.file === null ? stdout : options.file;
  if (file instanceof TextStream) {
    let text = "";
    for (let i = 0; i < values.length; i++) text += (i === 0 ? "" : sep) + printed(values[i]);
    file.rawWrite(text + end);
    file.softspace = 0;
    return null;
  }
  const target = asWritable(file);
  for (let i = 0; i < values.length; i++) {
    if (i > 0) target.write(sep);
    target.write(printed(values[i]));
  }
  target.write(end);
  if (options.flush !== undefined && truthy(options.flush) && typeof target.flush === "function") target.flush();
  return null;
}

/** The text print writes for a value: str(v); in Python 2 a unicode value's UTF-8 bytes. */
function printed(value: unknown): string {
  return isPy2() ? printBytes(value, str) : str(value);
}

function asWritable(file: unknown): Writable {
  if (typeof file === "object" && file !== null && typeof (file as Writable).write === "function") return file as Writable;
  throw new AttributeError(`'${typeName(file)}' object has no attribute 'write'`);
}

// C's isspace() on the last byte: a string ending in whitespace other than ' '
// leaves no pending space (`print "a\n",` then `print "b"` gives "a\nb").
function leavesSoftspace(text: unknown): boolean {
  if (typeof text !== "string" || text === "") return true;
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || !(last >= 9 && last <= 13);
}

/**
 * Python 2's `print a, b` (newline true) and `print a, b,` (newline false);
 * `print >>dest, ...` passes dest. A pending softspace from an earlier
 * trailing comma becomes one leading space.
 */
export function printStatement(values: readonly unknown[], newline: boolean, dest?: unknown): void {
  const file = dest === undefined || dest === null ? stdout : dest;
  if (file instanceof TextStream) {
    let text = "";
    let softspace = file.softspace !== 0;
    for (const value of values) {
      if (softspace) text += " ";
      const item = printed(value);
      text += item;
      softspace = leavesSoftspace(isUnicode(value) ? item : value);
    }
    if (newline) {
      text += "\n";
      softspace = false;
    }
    file.rawWrite(text);
    file.softspace = softspace ? 1 : 0;
    return;
  }
  const target = asWritable(file);
  for (const value of values) {
    if (truthy(target.softspace ?? 0)) {
      target.softspace = 0;
      target.write(" ");
    }
    target.write(printed(value));
    target.softspace = leavesSoftspace(isUnicode(value) ? value.text : value) ? 1 : 0;
  }
  if (newline) {
    target.write("\n");
    target.softspace = 0;
  }
}

/** Python 2's Py_FlushLine: ends a line left open by `print x,` (at exit, before a traceback). */
export function flushLine(): void {
  if (stdout.softspace !== 0) {
    stdout.softspace = 0;
    stdout.rawWrite("\n");
  }
}

// CPython 2 flushes the line when the main module finishes, before the exit
// handlers that join child processes. A child process ends with os._exit and
// leaves its line open, and runModule runs exit hooks in the main process only.
addExitHook(flushLine);
