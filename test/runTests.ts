// Runs every compiled test file (`*.test.js` under dist/) with Node's built-in test
// runner. Unit tests sit next to the code they test; whole-program tests live in
// test/. `npm test -- <substring>` runs only the files whose path contains it.
// The golden corpus runs after the others, on its own.

import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const distRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

function findTests(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (entry.endsWith(".test.js")) out.push(path);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = findTests(distRoot, [])
  .filter((f) => filters.length === 0 || filters.some((s) => relative(distRoot, f).includes(s)))
  .sort();
if (files.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}
// The golden corpus test runs last and alone: its scripts print wall-clock durations
// compared with CPython's, and on 2 cores a concurrent test file skews them.
const isGolden = (f: string) => f.endsWith("golden.test.js");
let failed = false;
for (const [batch, concurrency] of [[files.filter((f) => !isGolden(f)), 2], [files.filter(isGolden), 1]] as const) {
  if (batch.length === 0) continue;
  const result = spawnSync(process.execPath, ["--test", `--test-concurrency=${concurrency}`, ...batch], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
