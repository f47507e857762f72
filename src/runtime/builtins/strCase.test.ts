// str.upper()/lower() for every cased Unicode character against CPython 3.11
// (test/fixtures/unicodeCase.json, from tools/genUnicodeTables.py): the runtime
// relies on JavaScript's case mappings matching Python's, and this proves it.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { setDialect, withUnicodeText } from "./dialect.js";
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

test("Python 2 unicode has CPython 2.7's simple case mappings and 5.2's cased characters", () => {
  setDialect("py2");
  try {
    const unicode = (name: keyof typeof strMethods, s: string) => withUnicodeText(() => (strMethods[name] as (s: string) => unknown)(s));
    assert.equal(unicode("upper", "stra\xdfe"), "STRA\xdfE");
    assert.equal(unicode("lower", "\u0130"), "i");
    assert.equal(unicode("upper", "\ufb01"), "\ufb01");
    assert.equal(unicode("upper", "\u10d0"), "\u10d0"); // Mtavruli came in Unicode 11
    assert.equal(unicode("capitalize", "\u01c6a"), "\u01c4a"); // upper case, not title case
    assert.equal(unicode("title", "\u01c6a"), "\u01c5a");
    assert.equal(unicode("swapcase", "\u24b6\u24d0a"), "\u24b6\u24d0A"); // circled letters are not cased in 5.2
    assert.equal(unicode("islower", "\u02b0"), false); // a modifier letter: lower case only in later Unicode
    // A Python 2 byte string changes ASCII letters only.
    assert.equal(strMethods.upper("stra\xdfe"), "STRA\xdfE");
  } finally {
    setDialect("py3");
  }
  assert.equal(strMethods.upper("stra\xdfe"), "STRASSE");
});
