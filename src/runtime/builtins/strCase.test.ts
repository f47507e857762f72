// str.upper()/lower() for every cased Unicode character against CPython 3.11
// (test/fixtures/unicodeCase.json, from tools/genUnicodeTables.py): the runtime
// relies on JavaScript's case mappings matching Python's, and this proves it.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { setDialect } from "./dialect.js";
import { strMethods } from "./strMethods.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

test("upper() and lower() match CPython for every cased code point", () => {
  const { cases } = JSON.parse(readFileSync(join(root, "test", "fixtures", "unicodeCase.json"), "utf8")) as {
    cases: Array<[number, string, string]>;
  };
  setDialect("py3");
  const wrong: string[] = [];
  for (const [cp, upper, lower] of cases) {
    const ch = String.fromCodePoint(cp);
    if (strMethods.upper(ch) !== upper || strMethods.lower(ch) !== lower) wrong.push(cp.toString(16));
  }
  assert.ok(cases.length > 2000);
  assert.deepEqual(wrong, []);
});
