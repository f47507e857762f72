// Whole programs on the process runtime: each case runs in a child node process
// (leak-check mode, so it must also end with no worker or port left) and must print
// what CPython printed for its Python twin (cases.ts); once with a new worker per
// process and once with reused workers (architecture.md §5).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cases, recordedStderr, recordedStdout } from "./cases.js";
import { runProgram, sortedLines, tracebackSkeleton } from "./harness.js";

for (const reuse of [false, true]) {
  describe(`programs match CPython${reuse ? " (workers reused)" : ""}`, { concurrency: 2 }, () => {
    for (const c of cases) {
      test(`${c.name}: ${c.what}`, () => {
        const result = runProgram(c.name, reuse ? { env: { PY2TS_REUSE_WORKERS: "1" } } : {});
        assert.equal(result.signal, null, `killed by ${result.signal}`);
        assert.equal(tracebackSkeleton(result.stderr), recordedStderr(c.name));
        if (c.anyOrder) assert.deepEqual(sortedLines(result.stdout), sortedLines(recordedStdout(c.name)));
        else assert.equal(result.stdout, recordedStdout(c.name));
        assert.equal(result.status, c.status);
      });
    }
  });
}
