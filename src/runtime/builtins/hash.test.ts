// hash() of ints, floats, strings (Python 2), tuples and frozensets against
// CPython 2.7 and 3.11 (testdata/hash.expected.json from genHash.py): the hashes
// decide dict/set iteration order, so they must be CPython's exactly.

import assert from "node:assert/strict";
import { test } from "node:test";
import { loadJson, withDialect } from "../../../test/support/cpython.js";
import { PyFloat } from "./float.js";
import { hash } from "./hash.js";
import { PyFrozenSet } from "./set.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { utf8Encode } from "./unicode.js";

interface HashRecord {
  value: unknown;
  expected: Record<string, string>;
}

/** Strings are text; under Python 2 the recorded str is its UTF-8 bytes (one char per byte, unicode.ts). */
function decode(v: any, dialect: "py2" | "py3"): unknown {
  if (typeof v === "string") return dialect === "py2" ? utf8Encode(v) : v;
  if (v !== null && typeof v === "object") {
    if ("big" in v) {
      const n = BigInt(v.big);
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    if ("float" in v) {
      const x = parseHexFloat(v.float);
      return Number.isInteger(x) || Object.is(x, -0) ? new PyFloat(x) : x;
    }
    if ("tuple" in v) return PyTuple.fromArray(v.tuple.map((x: unknown) => decode(x, dialect)));
    if ("frozenset" in v) return PyFrozenSet.fromIterable(PyList.fromArray(v.frozenset.map((x: unknown) => decode(x, dialect))));
  }
  return v;
}

/** Python's float.hex() text back to a number ("0x1.8000000000000p+0", "inf", "-0x0.0p+0"). */
function parseHexFloat(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  const m = /^(-)?0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(text);
  if (m === null) throw new Error(`bad hex float ${text}`);
  const mantissa = Number(m[2]) + parseInt(m[3]!, 16) / 16 ** m[3]!.length;
  const value = mantissa * 2 ** Number(m[4]);
  return m[1] ? -value : value;
}

const records = loadJson<HashRecord[]>("src/runtime/builtins/testdata/hash.expected.json");

for (const dialect of ["py2", "py3"] as const) {
  test(`hash() matches CPython (${dialect})`, () => {
    const failures: string[] = [];
    let checked = 0;
    for (const record of records) {
      const want = record.expected[dialect];
      if (want === undefined) continue;
      const got = withDialect(dialect, () => String(hash(decode(record.value, dialect))));
      checked++;
      if (got !== want) failures.push(`${JSON.stringify(record.value)}: got ${got}, CPython ${want}`);
    }
    assert.ok(checked > 300);
    assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.slice(0, 30).join("\n")}`);
  });
}
