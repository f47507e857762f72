// Reads the CPython value tables written by tools/fixtures/genValueTables.py and
// compares runtime results with them. The JSON codec mirrors
// tools/fixtures/valueCodec.py: {"int": "12"}, {"long": "12"} (Python 2), {"float": repr}, {"tuple": [...]}.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BaseException, NotImplemented, PyBytes, PyDict, PyFloat, PyList, PyTuple, UnsupportedFeatureError, normBig, str, toFloat } from "../src/runtime/index.js";
import { asLong, isLong, PyLong } from "../src/runtime/builtins/long.js";
import { PyUnicode, utf8Encode } from "../src/runtime/builtins/unicode.js";
import { isPy2 } from "../src/runtime/builtins/dialect.js";

export type Json = null | boolean | string | number | Json[] | { [key: string]: Json };

export interface Case {
  op: string;
  args: Json[];
  result: { ok?: Json; error?: [string, string] };
}

/** The source root (tests run from dist/, fixtures stay in the source tree). */
const sourceRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function loadTable(name: string, dialect: "py2" | "py3"): Case[] {
  const path = join(sourceRoot, "test", "fixtures", "values", `${name}.${dialect}.json`);
  return (JSON.parse(readFileSync(path, "utf8")) as { cases: Case[] }).cases;
}

// Probe classes, mirroring the Python classes of the same names in genValueTables.py.
class Adder {
  __add__(): unknown { return "Adder.add"; }
  __radd__(): unknown { return "Adder.radd"; }
  __lt__(): unknown { return "Adder.lt"; }
  __eq__(): unknown { return "Adder.eq"; }
  __neg__(): unknown { return "Adder.neg"; }
}
class SubAdder extends Adder {
  override __radd__(): unknown { return "SubAdder.radd"; }
}
class Declines {
  __add__(): unknown { return NotImplemented; }
  __radd__(): unknown { return NotImplemented; }
  __lt__(): unknown { return NotImplemented; }
  __gt__(): unknown { return NotImplemented; }
}
class Empty {
  __len__(): number { return 0; }
}
class Falsy {
  __bool__(): boolean { return false; }
  __nonzero__(): boolean { return false; }
}
class Three {
  __index__(): number { return 3; }
  __int__(): number { return 3; }
}
class Formatted {
  __format__(spec: string): string { return "F<" + spec + ">"; }
  __str__(): string { return "S"; }
  __repr__(): string { return "R"; }
}

const PROBES: Record<string, new () => object> = { Adder, SubAdder, Declines, Empty, Falsy, Three, Formatted };

let reprOf: (v: unknown) => string = String;
export function setRepr(fn: (v: unknown) => string): void {
  reprOf = fn;
}

function floatOf(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan") return NaN;
  return Number(text);
}

export function decode(j: Json): unknown {
  // A Python 2 str is recorded as the text of its UTF-8 bytes; the runtime holds the bytes.
  if (typeof j === "string") return isPy2() ? utf8Encode(j) : j;
  if (j === null || typeof j === "boolean") return j;
  if (typeof j === "object" && !Array.isArray(j) && "unicode" in j) return new PyUnicode(j.unicode as string);
  if (typeof j !== "object" || Array.isArray(j)) throw new Error(`bad fixture value ${JSON.stringify(j)}`);
  if ("int" in j) return normBig(BigInt(j.int as string));
  if ("long" in j) return asLong(BigInt(j.long as string));
  if ("float" in j) return toFloat(floatOf(j.float as string));
  if ("tuple" in j) return PyTuple.of(...(j.tuple as Json[]).map(decode));
  if ("list" in j) return PyList.of(...(j.list as Json[]).map(decode));
  if ("dict" in j) return PyDict.of(...(j.dict as Json[][]).map(([k, v]) => [decode(k!), decode(v!)] as const));
  if ("obj" in j) return new PROBES[j.obj as string]!();
  throw new Error(`bad fixture value ${JSON.stringify(j)}`);
}

/** Plain keyword arguments for str.format from an encoded dict. */
export function decodeKwargs(j: Json): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of (j as { dict: Json[][] }).dict) out[k as string] = decode(v!);
  return out;
}

/** Why `actual` differs from the encoded expected value, or null when they match. */
export function mismatch(expected: Json, actual: unknown): string | null {
  if (typeof expected === "string") return actual === (isPy2() ? utf8Encode(expected) : expected) ? null : "value";
  if (expected === null || typeof expected === "boolean") {
    return actual === expected ? null : "value";
  }
  if (typeof expected === "object" && !Array.isArray(expected) && "unicode" in expected) {
    return actual instanceof PyUnicode && actual.text === expected.unicode ? null : "not that unicode";
  }
  const e = expected as Record<string, Json>;
  if ("int" in e) {
    if (typeof actual === "number" && Number.isInteger(actual)) return BigInt(actual) === BigInt(e.int as string) ? null : "int value";
    if (typeof actual === "bigint") {
      if (Number.isSafeInteger(Number(actual))) return "bigint not normalised";
      return actual === BigInt(e.int as string) ? null : "int value";
    }
    return "not an int";
  }
  if ("long" in e) {
    if (!isLong(actual)) return "not a long";
    const value = actual instanceof PyLong ? actual.value : (actual as bigint);
    return value === BigInt(e.long as string) ? null : "long value";
  }
  if ("float" in e) {
    const v = actual instanceof PyFloat ? actual.value : typeof actual === "number" && !Number.isInteger(actual) ? actual : undefined;
    if (v === undefined) return "not a float";
    return Object.is(v, floatOf(e.float as string)) ? null : `float ${v}`;
  }
  if ("bytes" in e) {
    if (!(actual instanceof PyBytes)) return "not bytes";
    return JSON.stringify(Array.from(actual.data)) === JSON.stringify(e.bytes) ? null : "bytes value";
  }
  if ("tuple" in e || "list" in e) {
    const items = (e.tuple ?? e.list) as Json[];
    const cls = "tuple" in e ? PyTuple : PyList;
    if (!(actual instanceof cls) || actual.length !== items.length) return "sequence type or length";
    for (let i = 0; i < items.length; i++) {
      const m = mismatch(items[i]!, actual[i]);
      if (m !== null) return `[${i}] ${m}`;
    }
    return null;
  }
  return "unsupported expected value";
}

/** Runs fn and compares its result or exception with the recorded CPython outcome. */
export function check(c: Case, fn: () => unknown): string | null {
  const ok = c.result.ok;
  const wantsUnsupported = typeof ok === "object" && ok !== null && !Array.isArray(ok) && "complex" in ok;
  let actual: unknown;
  try {
    actual = fn();
  } catch (error) {
    // CPython gave a complex number, which the runtime must refuse loudly.
    if (wantsUnsupported) return error instanceof UnsupportedFeatureError ? null : `raised ${describe(error)}`;
    if (c.result.error === undefined) return `raised ${describe(error)}`;
    if (!(error instanceof BaseException)) return `raised non-Python ${describe(error)}`;
    const [type, message] = c.result.error;
    const text = str(error);
    return error.name === type && text === message ? null : `raised ${error.name}: ${text}`;
  }
  if (c.result.error !== undefined) return `returned ${safeRepr(actual)} instead of raising`;
  const m = mismatch(c.result.ok!, actual);
  return m === null ? null : `${m}: got ${safeRepr(actual)}`;
}

function describe(error: unknown): string {
  if (error instanceof BaseException) return `${error.name}: ${str(error)}`;
  return String((error as Error)?.stack ?? error).split("\n").slice(0, 3).join(" | ");
}

function safeRepr(v: unknown): string {
  try {
    return reprOf(v);
  } catch {
    return String(v);
  }
}
