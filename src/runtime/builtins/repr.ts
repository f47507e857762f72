// The central str()/repr()/ascii() dispatch. Primitive values (None, bool, int,
// float, str) are formatted here; lists and tuples here too, with CPython's
// recursion guard ([1, [...]]); every other object answers through its own
// __repr__/__str__ (runtime containers and PyObject implement them). A JavaScript
// value with no Python meaning is a bug in py2ts-mp and fails loudly.

import { functionName, functionQualname } from "./functionNames.js";
import { asciiDecode, asciiEncode, PyUnicode } from "./unicode.js";
import { decodeBytes, encodeText } from "./strEncode.js";
import { fail } from "../../util/assert.js";
import { isPy2 } from "./dialect.js";
import { iteratorTypeName } from "./iteratorNames.js";
import { moduleName, moduleRepr } from "./modules.js";
import { generatorRepr, isGenerator, unwrapGenerator } from "./generators.js";
import { TypeError } from "./exceptions.js";
import { intDigits } from "./intText.js";
import { PyFloat } from "./float.js";
import { floatRepr, floatStr } from "./floatRepr.js";
import { PyList } from "./list.js";
import { strAscii, strRepr } from "./strRepr.js";
import { PyTuple } from "./tuple.js";
import { isPy2Long } from "./int.js";
import { addressOf } from "./object.js";
import { builtinType, isTypeObject, registerBuiltinType, typeName, typeRepr, typeStr } from "./types.js";

/** repr(v) */
export function repr(v: unknown): string {
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? String(v) : floatRepr(v);
    case "string":
      return strRepr(v);
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return isPy2() && isPy2Long(v) ? String(v) + "L" : intToDecimal(v);
    case "object":
      if (v === null) return "None";
      if (v instanceof PyFloat) return floatRepr(v.value);
      return objectRepr(v);
    case "function":
      return functionRepr(v);
    case "undefined":
      // A JavaScript function that ends without `return` yields undefined where
      // Python's yields None; the runtime reads it as None throughout (as types.ts does).
      return "None";
    default:
      return fail(`repr() of a JavaScript ${typeof v} value`);
  }
}

/** str(v) — the text print() writes. */
export function str(v: unknown = ""): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return Number.isInteger(v) ? String(v) : floatStr(v);
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return intToDecimal(v);
    case "object":
      if (v === null) return "None";
      if (v instanceof PyFloat) return floatStr(v.value);
      return objectStr(v);
    case "function":
      return isTypeObject(v) ? typeStr(v) : functionRepr(v);
    default:
      return repr(v);
  }
}

registerBuiltinType(str, { name: "str" });

/**
 * Python 2's unicode(v) / unicode(bytes, encoding): text, the object's __unicode__
 * if it has one, else its str() decoded as ASCII (a unicode __str__ result as it is).
 */
export function unicode(v: unknown = "", encoding?: unknown, errors?: unknown): PyUnicode {
  if (v instanceof PyUnicode) return encoding === undefined ? v : new PyUnicode(decodeBytes(encodeText(v.text), encoding, errors));
  if (typeof v === "string") return new PyUnicode(decodeBytes(v, encoding ?? "ascii", errors ?? "strict"));
  if (encoding !== undefined) throw new TypeError(`coercing to Unicode: need string or buffer, ${typeName(v)} found`);
  const method = (v as { __unicode__?: () => unknown } | null)?.__unicode__;
  if (typeof v === "object" && v !== null && typeof method === "function") {
    const r = method.call(v);
    return r instanceof PyUnicode ? r : new PyUnicode(asciiDecode(checkString(r, "__unicode__")));
  }
  const text = strOrUnicode(v);
  return text instanceof PyUnicode ? text : new PyUnicode(asciiDecode(text));
}

/**
 * CPython 2's _PyObject_Str: str(v), except that a unicode value, or the unicode
 * an object's __str__ returned, stays unicode ('%s' % obj then formats as unicode).
 */
export function strOrUnicode(v: unknown): string | PyUnicode {
  if (v instanceof PyUnicode) return v;
  if (typeof v !== "object" || v === null || v instanceof PyFloat) return str(v);
  return objectStrResult(v);
}
registerBuiltinType(unicode, { name: "unicode" });

/** Python 2's basestring: a type for isinstance() only. */
export const basestring: Function = builtinType("basestring");

/** ascii(v): repr(v) with non-ASCII characters escaped. */
export function ascii(v: unknown): string {
  if (typeof v === "string") return strAscii(v);
  const text = repr(v);
  return /^[\x00-\x7f]*$/.test(text) ? text : strAscii(text).slice(1, -1);
}

/** The decimal text of an int, with Python 3.11's digit limit for huge values. */
export function intToDecimal(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  return v < 0n ? "-" + intDigits(-v, 10) : intDigits(v, 10);
}

interface Reprable {
  __repr__?: () => unknown;
  __str__?: () => unknown;
}

function objectRepr(v: object): string {
  const method = (v as Reprable).__repr__;
  if (typeof method === "function") return textResult(method.call(v), "__repr__");
  if (v instanceof PyList) return sequenceRepr(v, "[", "]");
  if (v instanceof PyTuple) return sequenceRepr(v, "(", ")");
  const module = moduleName(v);
  if (module !== undefined) return moduleRepr(module);
  const iteratorName = iteratorTypeName(v);
  if (iteratorName !== undefined) return `<${iteratorName} object at ${addressOf(v)}>`;
  const generator = unwrapGenerator(v);
  if (isGenerator(generator)) return generatorRepr(generator, addressOf(generator));
  return fail(`repr() of a JavaScript object with no __repr__ (${v.constructor?.name ?? "no constructor"})`);
}

function objectStr(v: object): string {
  const r = objectStrResult(v);
  return r instanceof PyUnicode ? asciiEncode(r.text) : r;
}

/** What the object's __str__ returned: a str, or (Python 2) unicode. */
function objectStrResult(v: object): string | PyUnicode {
  const method = (v as Reprable).__str__;
  if (typeof method !== "function") return objectRepr(v);
  const r = method.call(v);
  return r instanceof PyUnicode ? r : checkString(r, "__str__");
}

/** A __str__/__repr__ result as str: CPython 2 encodes a unicode one with the default encoding (ASCII). */
function textResult(r: unknown, method: string): string {
  return r instanceof PyUnicode ? asciiEncode(r.text) : checkString(r, method);
}

function checkString(r: unknown, method: string): string {
  if (typeof r !== "string") throw new TypeError(`${method} returned non-string (type ${typeName(r)})`);
  return r;
}

// Objects whose repr is being built on this thread (CPython's Py_ReprEnter list).
const reprInProgress = new Set<object>();

/**
 * CPython's Py_ReprEnter: false when `obj` is already being repr'd further up the
 * stack (the caller then writes '[...]' or '{...}'); otherwise marks it.
 */
export function reprEnter(obj: object): boolean {
  if (reprInProgress.has(obj)) return false;
  reprInProgress.add(obj);
  return true;
}

export function reprLeave(obj: object): void {
  reprInProgress.delete(obj);
}

/** repr of a list or tuple: '[1, 2]', '(1,)', and '[...]' for a list inside itself. */
export function sequenceRepr(items: readonly unknown[], open: string, close: string): string {
  if (items.length === 0) return open + close;
  if (!reprEnter(items)) return open + "..." + close;
  try {
    let out = open + repr(items[0]);
    for (let i = 1; i < items.length; i++) out += ", " + repr(items[i]);
    return out + (items.length === 1 && open === "(" ? ",)" : close);
  } finally {
    reprLeave(items);
  }
}

function functionRepr(f: Function): string {
  if (Object.prototype.hasOwnProperty.call(f, "__repr__") && typeof (f as Reprable).__repr__ === "function") {
    return textResult((f as Reprable).__repr__!.call(f), "__repr__");
  }
  if (isTypeObject(f)) return typeRepr(f);
  const name = isPy2() ? functionName(f) : functionQualname(f);
  return `<function ${name} at ${addressOf(f)}>`;
}
