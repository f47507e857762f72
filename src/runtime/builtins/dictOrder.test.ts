// Replays the random dict/set programs of testdata/order.expected.json (generated
// by genOrder.py under CPython 2.7 and 3.11) and checks that iteration order,
// pop() and popitem() results match CPython's at every checkpoint.

import assert from "node:assert/strict";
import { test } from "node:test";
import { loadJson, withDialect } from "../../../test/support/cpython.js";
import type { Dialect } from "../internal/types.js";
import { runDict, runSet } from "../../../test/support/orderReplay.js";

interface Program {
  kind: "dict" | "set";
  ops: any[][];
  dialects: Dialect[];
  expected: Record<string, string[]>;
}

const programs = loadJson<Program[]>("src/runtime/builtins/testdata/order.expected.json");

for (const dialect of ["py2", "py3"] as const) {
  for (const kind of ["dict", "set"] as const) {
    test(`${kind} order matches CPython (${dialect})`, () => {
      let checked = 0;
      programs.forEach((program, index) => {
        if (program.kind !== kind || !program.dialects.includes(dialect)) return;
        const actual = withDialect(dialect, () => (kind === "dict" ? runDict(program.ops) : runSet(program.ops)));
        const expected = program.expected[dialect]!;
        const at = actual.findIndex((a, i) => a !== expected[i]);
        if (at >= 0 || actual.length !== expected.length) {
          assert.fail(`program #${index}, output ${at}: got ${actual[at]}, CPython ${expected[at]}\nops: ${JSON.stringify(program.ops)}`);
        }
        checked++;
      });
      assert.ok(checked > 100);
    });
  }
}
