// Every builtins module must load as the first module of a program: the runtime's
// import graph has cycles, and a class that extends a class from a module still
// being evaluated would fail with a TDZ ReferenceError. Each module is imported
// alone in a fresh Node process (one at a time; each process exits by itself).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(here).filter((f) => f.endsWith(".js") && !f.endsWith(".test.js"));

test("each builtins module loads as an entry point", () => {
  assert.ok(modules.length > 20);
  const script = modules.map((m) => `await import(${JSON.stringify(pathToFileURL(join(here, m)).href)});`);
  const failures: string[] = [];
  for (let i = 0; i < modules.length; i++) {
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script[i]!], { encoding: "utf8", timeout: 20000 });
    if (result.status !== 0) failures.push(`${modules[i]}: ${result.stderr.split("\n").find((l) => /Error/.test(l)) ?? result.stderr}`);
  }
  assert.deepEqual(failures, []);
});

test("the runtime entry point loads and exports the builtins", async () => {
  const runtime = await import(pathToFileURL(join(here, "..", "index.js")).href);
  for (const name of ["PyDict", "PySet", "PyList", "isinstance", "getitem", "ValueError", "toPyException", "range", "iter"]) {
    assert.ok(name in runtime, name);
  }
});
