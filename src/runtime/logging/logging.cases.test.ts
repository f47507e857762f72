// Each logging scenario of testdata/genLoggingCases.py, run as its TypeScript twin
// (testdata/scenarios.ts) in a child process per dialect: stdout, stderr and the
// exit status must equal CPython 2.7's and 3.11's, after blanking out times and
// pids with the scenario's own regular expressions.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

interface Scenario {
  readonly normalisers: ReadonlyArray<readonly [string, string]>;
  readonly runs: Readonly<Record<string, Run>>;
}

const expected: Record<string, Scenario> = JSON.parse(
  readFileSync(new URL("../../../../src/runtime/logging/testdata/logging.expected.json", import.meta.url), "utf8"),
);
const runner = fileURLToPath(new URL("./testdata/runScenario.js", import.meta.url));

/** CPython 3 records the script's absolute path; the twin's is /scenario-dir/scenario.py. */
function normalise(text: string, scenario: Scenario): string {
  let out = text.replace(/\/\S*\/scenario\.py/g, "<dir>/scenario.py");
  for (const [pattern, replacement] of scenario.normalisers) out = out.replace(new RegExp(pattern, "gm"), replacement);
  return out;
}

for (const [name, scenario] of Object.entries(expected)) {
  for (const [dialect, want] of Object.entries(scenario.runs)) {
    test(`${name} (${dialect})`, () => {
      const got = spawnSync(process.execPath, [runner, name, dialect], { encoding: "utf8", timeout: 20_000 });
      assert.equal(normalise(got.stderr, scenario), normalise(want.stderr, scenario), "stderr");
      assert.equal(normalise(got.stdout, scenario), normalise(want.stdout, scenario), "stdout");
      assert.equal(got.status, want.status, "exit status");
    });
  }
}
