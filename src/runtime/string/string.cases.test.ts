// The string module's constants against CPython 2.7 and 3.11 (expected results:
// builtins/testdata/genCases.py). Python 2's whitespace is in byte order; its
// locale-dependent names exist only there.

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases } from "../../../test/support/cpython.js";
import { callMethod } from "../builtins/callMethod.js";
import { PyTuple } from "../builtins/tuple.js";
import * as string from "./index.js";

const cases = [
  c("import string\nstring.whitespace", () => string.whitespace),
  c("import string\nstring.printable", () => string.printable),
  c("import string\nstring.punctuation", () => string.punctuation),
  c("import string\n(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)", () => PyTuple.of(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)),
  c("import string\n(string.digits, string.hexdigits, string.octdigits)", () => PyTuple.of(string.digits, string.hexdigits, string.octdigits)),
  c("import string\n(string.letters, string.lowercase, string.uppercase)", () => PyTuple.of(string.letters, string.lowercase, string.uppercase), ["py2"]),
  c("import string\n'\\x0b a\\r\\n'.strip(string.whitespace)", () => callMethod("\x0b a\r\n", "strip", string.whitespace)),
];

test("the string module's constants are CPython's", () => {
  const failures = checkCases(cases);
  assert.deepEqual(failures, [], failures.join("\n"));
});
