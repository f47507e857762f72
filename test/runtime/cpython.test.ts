// Keeps the recordings honest: every Python twin in programs/, run by the CPython
// it names, still prints what its .out/.err recording says (ordering-free cases
// compared as sorted lines). Skipped where pyenv's interpreters are missing.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cases, pythonOf, recordedStderr, recordedStdout } from "./cases.js";
import { cpython, runPython, sortedLines, tracebackSkeleton } from "./harness.js";

describe("recordings match CPython", { concurrency: 2 }, () => {
  for (const c of cases) {
    const python = cpython(pythonOf(c.name));
    test(`${c.name} under CPython ${pythonOf(c.name)}`, { skip: python === null && "CPython not installed" }, () => {
      const result = runPython(python!, c.name);
      assert.equal(tracebackSkeleton(result.stderr), recordedStderr(c.name));
      if (c.anyOrder) assert.deepEqual(sortedLines(result.stdout), sortedLines(recordedStdout(c.name)));
      else assert.equal(result.stdout, recordedStdout(c.name));
      assert.equal(result.status, c.status);
    });
  }
});
