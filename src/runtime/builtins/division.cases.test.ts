// Division by zero and the other results of `/`, `//`, `%` and divmod() against
// CPython 2.7 and 3.11: the generic operators and the typed helpers the compiler
// emits instead of them (intFloorDiv/intMod for known ints, and for a float local
// held as a plain number, lower/floats.ts: intTrueDivNumber for int / int, floatDiv
// for a float operand) must say the same. The expected results come from running
// the snippets (testdata/genCases.py).

import assert from "node:assert/strict";
import { test } from "node:test";
import { c, checkCases } from "../../../test/support/cpython.js";
import { PyFloat, floatDiv, floatDivmod, floatFloorDiv, floatMod, toFloat } from "./float.js";
import { div, divmod, floordiv, intFloorDiv, intMod, intTrueDivNumber, mod, truediv } from "./index.js";

const F = (v: number) => new PyFloat(v);
const BIG = 2n ** 70n;

const cases = [
  // True division: "division by zero" for two ints, "float division by zero" with a float.
  c("1 / 0", () => truediv(1, 0), ["py3"]),
  c("1 / 0", () => intTrueDivNumber(1, 0), ["py3"]),
  c("2**70 / 0", () => truediv(BIG, 0), ["py3"]),
  c("2**70 / 0", () => intTrueDivNumber(BIG, 0), ["py3"]),
  c("True / False", () => truediv(true, false), ["py3"]),
  // (A snippet that ends inside a block runs as one unit, so the __future__ import applies to it.)
  c("from __future__ import division\nif 1:\n    1 / 0", () => intTrueDivNumber(1, 0)),
  c("from __future__ import division\nif 1:\n    2**70 / 0", () => truediv(BIG, 0)),
  c("1.0 / 0", () => truediv(F(1), 0)),
  c("1.0 / 0", () => floatDiv(1, 0)),
  c("1 / 0.0", () => floatDiv(1, 0)),
  c("1.5 / False", () => truediv(1.5, false)),
  c("7 / 2", () => intTrueDivNumber(7, 2), ["py3"]),
  c("(2**80 + 1) / 7", () => toFloat(intTrueDivNumber(2n ** 80n + 1n, 7)), ["py3"]),
  c("10**400 / 10**399", () => toFloat(intTrueDivNumber(10n ** 400n, 10n ** 399n)), ["py3"]),
  // Python 2's classic division of ints is floor division.
  c("1 / 0", () => div(1, 0), ["py2"]),
  c("2**70 / 0", () => div(BIG, 0), ["py2"]),
  // Floor division and modulo.
  c("1 // 0", () => floordiv(1, 0)),
  c("1 // 0", () => intFloorDiv(1, 0), ["py3"]),
  c("1 % 0", () => mod(1, 0)),
  c("1 % 0", () => intMod(1, 0), ["py3"]),
  c("2**70 // 0", () => floordiv(BIG, 0)),
  c("2**70 % 0", () => mod(BIG, 0)),
  c("1.0 // 0", () => floordiv(F(1), 0)),
  c("1.5 // 0.0", () => floatFloorDiv(1.5, 0)),
  c("1.5 % 0.0", () => mod(1.5, F(0))),
  c("1 % 0.0", () => floatMod(1, 0)),
  c("divmod(1, 0)", () => divmod(1, 0)),
  c("divmod(2**70, 0)", () => divmod(BIG, 0)),
  c("divmod(1.0, 0)", () => divmod(F(1), 0)),
  c("divmod(1, 0.0)", () => floatDivmod(1, 0)),
];

test("division by zero and division results match CPython, generic and typed alike", () => {
  const failures = checkCases(cases);
  assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.join("\n")}`);
});
