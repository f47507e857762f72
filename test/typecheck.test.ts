// Emitted code passes `tsc --strict`: every corpus script that converts is
// type-checked, all together, against the runtime's declarations.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { convertSource } from "../src/compiler.js";
import { typecheckEmitted, type EmittedFile } from "../src/emit/typecheck.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function scripts(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) scripts(path, out);
    else if (entry.endsWith(".py")) out.push(path);
  }
  return out;
}

test("emitted TypeScript for every corpus script type-checks in strict mode", async () => {
  const files: EmittedFile[] = [];
  for (const path of scripts(join(repoRoot, "corpus"))) {
    const result = await convertSource(readFileSync(path, "utf8"), path);
    if (result.ok) files.push({ name: relative(repoRoot, path), text: result.typescript });
  }
  assert.ok(files.length > 0, "no corpus script converted");
  const problems = typecheckEmitted(files);
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}: ${p.message}`), []);
});
