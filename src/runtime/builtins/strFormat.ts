// str.format, str.format_map and the f-string helper formatValue. Replacement
// fields are `{name.attr[key]!conversion:spec}`, with automatic or manual
// numbering and nested fields inside the spec (CPython's
// Objects/stringlib/unicode_format.h, whose error messages are kept). Python 2
// keeps the format string's type: a byte string's format gives a byte string
// (unicode fields encoded as ASCII), unicode's gives unicode (byte string fields
// decoded as ASCII), with UnicodeEncodeError/UnicodeDecodeError as CPython 2.

import { isPy2, withUnicodeText } from "./dialect.js";
import { getattr } from "./attributes.js";
import { IndexError, KeyError, TypeError, ValueError } from "./exceptions.js";
import { format } from "./formatSpec.js";
import { ascii, repr, str, unicode } from "./repr.js";
import { strGetItem } from "./strIndex.js";
import { typeName } from "./types.js";
import { NOT_NUMBER, numberKind } from "./numeric.js";
import { asciiDecode, asciiEncode, PyUnicode } from "./unicode.js";

/** Keyword arguments: a plain object (from emitted code) or a mapping with __getitem__. */
export type FormatKwargs = Record<string, unknown> | { __getitem__(key: unknown): unknown };

interface Args {
  readonly positional: readonly unknown[] | null;
  readonly keywords: FormatKwargs | null;
  /** Python 2's unicode.format (the text of a unicode format string): fields become unicode text. */
  readonly unicodeFormat: boolean;
  /** 0 before any field, 1 after automatic numbering, 2 after manual numbering. */
  numbering: number;
  nextAuto: number;
}

/** fmt.format(*args, **kwargs) */
export function strFormat(fmt: string, args: readonly unknown[] = [], kwargs: FormatKwargs | null = null): string {
  return render(fmt, { positional: args, keywords: kwargs, unicodeFormat: false, numbering: 0, nextAuto: 0 }, 2);
}

/** Python 2's u.format(*args, **kwargs), on the text of `u`: the formatted text. */
export function unicodeFormat(fmt: string, args: readonly unknown[] = [], kwargs: FormatKwargs | null = null): string {
  return withUnicodeText(() => render(fmt, { positional: args, keywords: kwargs, unicodeFormat: true, numbering: 0, nextAuto: 0 }, 2));
}

/** fmt.format_map(mapping) */
export function strFormatMap(fmt: string, mapping: FormatKwargs): string {
  return render(fmt, { positional: null, keywords: mapping, unicodeFormat: false, numbering: 0, nextAuto: 0 }, 2);
}

/** An f-string replacement field: f"{value!conversion:spec}". */
export function formatValue(value: unknown, conversion?: string | null, spec = ""): string {
  return format(convertValue(value, conversion ?? ""), spec);
}

function convertValue(value: unknown, conversion: string): unknown {
  switch (conversion) {
    case "":
      return value;
    case "r":
      return repr(value);
    case "s":
      return str(value);
    case "a":
      if (!isPy2()) return ascii(value);
  }
  const code = conversion.codePointAt(0)!;
  const shown = code >= 0x20 && code < 0x7f ? conversion : `\\x${code.toString(16).padStart(2, "0")}`;
  throw new ValueError(`Unknown conversion specifier ${shown}`);
}

/** A value format() gives to object.__format__: an object that is not a number and has no __format__ of its own. */
function formatsAsObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || numberKind(value) !== NOT_NUMBER) return false;
  return typeof (value as { __format__?: unknown }).__format__ !== "function";
}

function render(fmt: string, args: Args, depth: number): string {
  if (depth <= 0) throw new ValueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === "}") {
      if (fmt[i + 1] !== "}") throw new ValueError("Single '}' encountered in format string");
      out += "}";
      i += 2;
      continue;
    }
    if (c !== "{") {
      const next = nextBrace(fmt, i);
      out += fmt.slice(i, next);
      i = next;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    if (i + 1 >= fmt.length) throw new ValueError("Single '{' encountered in format string");
    const end = fieldEnd(fmt, i + 1);
    out += renderField(fmt.slice(i + 1, end), args, depth);
    i = end + 1;
  }
  return out;
}

function nextBrace(fmt: string, from: number): number {
  for (let i = from; i < fmt.length; i++) if (fmt[i] === "{" || fmt[i] === "}") return i;
  return fmt.length;
}

/** The index of the '}' closing the field that starts at `start`. */
function fieldEnd(fmt: string, start: number): number {
  let level = 1;
  let inName = true;
  for (let i = start; i < fmt.length; i++) {
    const c = fmt[i];
    // Python 3 reads an index in brackets verbatim: '{0[}]}' has the key '}'.
    if (c === "[" && inName && !isPy2()) {
      const close = fmt.indexOf("]", i);
      if (close < 0) break;
      i = close;
      continue;
    }
    if ((c === ":" || c === "!") && level === 1) inName = false;
    if (c === "{") level++;
    else if (c === "}" && --level === 0) return i;
  }
  throw new ValueError(isPy2() ? "unmatched '{' in format" : "expected '}' before end of string");
}

function renderField(field: string, args: Args, depth: number): string {
  const nameEnd = fieldNameEnd(field);
  const name = field.slice(0, nameEnd);
  let conversion = "";
  let spec = "";
  let rest = nameEnd;
  if (field[rest] === "!") {
    if (rest + 1 >= field.length) {
      throw new ValueError(isPy2() ? "end of format while looking for conversion specifier" : "unmatched '{' in format spec");
    }
    conversion = String.fromCodePoint(field.codePointAt(rest + 1)!);
    rest += 1 + conversion.length;
    if (rest < field.length && field[rest] !== ":") {
      throw new ValueError(isPy2() ? "expected ':' after format specifier" : "expected ':' after conversion specifier");
    }
  }
  if (field[rest] === ":") spec = field.slice(rest + 1);
  // The field's value is looked up before the fields nested in its spec.
  const value = resolveField(name, args);
  if (spec.includes("{")) spec = render(spec, args, depth - 1);
  return fieldText(value, conversion, spec, args.unicodeFormat);
}

/**
 * A field's text, of the format string's type. In a unicode format, `!s` and
 * object.__format__ take unicode(value) (a unicode __str__ result stays unicode)
 * where a byte format takes str(value); a unicode value formats its text with
 * Unicode rules. Then a unicode field in a byte format is encoded as ASCII, a
 * byte string field in a unicode format decoded as ASCII (Python 3 has only str).
 */
function fieldText(value: unknown, conversion: string, spec: string, unicodeFormat: boolean): string {
  const asUnicode = unicodeFormat && (conversion === "s" || (conversion === "" && formatsAsObject(value)));
  const converted = asUnicode ? unicode(value) : convertValue(value, conversion);
  if (converted instanceof PyUnicode) {
    const text = withUnicodeText(() => format(converted.text, spec));
    return unicodeFormat ? text : asciiEncode(text);
  }
  const text = format(converted, spec);
  return unicodeFormat ? asciiDecode(text) : text;
}

// The field name ends at the first '!' or ':' outside an index in brackets.
function fieldNameEnd(field: string): number {
  for (let i = 0; i < field.length; i++) {
    const c = field[i];
    if (c === "[") {
      const close = field.indexOf("]", i);
      if (close < 0) return field.length;
      i = close;
    } else if (c === "!" || c === ":") {
      return i;
    }
  }
  return field.length;
}

const DIGITS = /^[0-9]+$/;

function resolveField(name: string, args: Args): unknown {
  const firstEnd = firstPartEnd(name);
  const first = name.slice(0, firstEnd);
  let value: unknown;
  if (first === "") {
    if (args.numbering === 2) {
      throw new ValueError("cannot switch from manual field specification to automatic field numbering");
    }
    args.numbering = 1;
    value = positional(args, args.nextAuto++);
  } else if (DIGITS.test(first)) {
    if (args.numbering === 1) {
      throw new ValueError("cannot switch from automatic field numbering to manual field specification");
    }
    args.numbering = 2;
    value = positional(args, Number(first));
  } else {
    value = keyword(args, first);
  }
  let i = firstEnd;
  while (i < name.length) {
    if (name[i] === ".") {
      const end = firstPartEnd(name, i + 1);
      const attr = name.slice(i + 1, end);
      if (attr === "") throw new ValueError("Empty attribute in format string");
      value = getAttribute(value, attr);
      i = end;
    } else if (name[i] === "[") {
      const close = name.indexOf("]", i);
      if (close < 0) throw new ValueError("Missing ']' in format string");
      const key = name.slice(i + 1, close);
      if (key === "") throw new ValueError("Empty attribute in format string");
      value = getElement(value, DIGITS.test(key) ? Number(key) : key);
      i = close + 1;
      if (i < name.length && name[i] !== "." && name[i] !== "[") {
        throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return value;
}

function firstPartEnd(name: string, from = 0): number {
  for (let i = from; i < name.length; i++) if (name[i] === "." || name[i] === "[") return i;
  return name.length;
}

function positional(args: Args, index: number): unknown {
  if (args.positional === null) throw new ValueError("Format string contains positional fields");
  if (index >= args.positional.length) {
    throw new IndexError(isPy2() ? "tuple index out of range" : `Replacement index ${index} out of range for positional args tuple`);
  }
  return args.positional[index];
}

function keyword(args: Args, name: string): unknown {
  const kw = args.keywords;
  if (kw !== null) {
    const getitem = (kw as { __getitem__?: unknown }).__getitem__;
    if (typeof getitem === "function") return getitem.call(kw, name);
    if (Object.prototype.hasOwnProperty.call(kw, name)) return (kw as Record<string, unknown>)[name];
  }
  throw new KeyError(name);
}

function getAttribute(value: unknown, attr: string): unknown {
  return getattr(value, attr);
}

function getElement(value: unknown, key: number | string): unknown {
  if (typeof value === "string") return strGetItem(value, key);
  const getitem = (value as { __getitem__?: unknown } | null)?.__getitem__;
  if (typeof value === "object" && value !== null && typeof getitem === "function") return getitem.call(value, key);
  if (Array.isArray(value)) {
    const kind = typeName(value);
    if (typeof key === "string") {
      throw new TypeError(`${kind} indices must be ${isPy2() ? "integers" : "integers or slices"}, not str`);
    }
    if (key >= value.length) throw new IndexError(`${kind} index out of range`);
    return value[key];
  }
  throw new TypeError(`'${typeName(value)}' object is not subscriptable`);
}
