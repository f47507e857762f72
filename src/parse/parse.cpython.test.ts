// Compares our AST with real CPython's on every ok fixture and corpus script:
// Python 3 files against CPython 3.11's ast.dump, Python 2 files against 2.7's.

import assert from "node:assert/strict";
import { relative } from "node:path";
import { describe, test } from "node:test";
import { formatCode } from "../diagnostics/messages.js";
import { dumpModule } from "./dump.js";
import { dumpModulePy2 } from "./dumpPy2.js";
import { parseModule } from "./index.js";
import { cpythonDumps, findPython, okSources, repoRoot, type SourceFile } from "./testUtil.js";

const sources = okSources();

function compareAll(files: readonly SourceFile[], python: string, dump: typeof dumpModule): void {
  const expected = cpythonDumps(python, files.map((f) => f.path));
  for (const file of files) {
    test(relative(repoRoot, file.path), () => {
      const cpython = expected.get(file.path)!;
      assert.equal(cpython.error, undefined, `CPython rejects this ok file: ${cpython.error}`);
      const result = parseModule(file.text, file.path);
      const diagnostics = result.diagnostics.map((d) => `${formatCode(d.code)} ${d.message}`);
      assert.deepEqual(diagnostics, [], "an ok file must parse without diagnostics");
      assert.equal(dump(result.module), cpython.dump);
    });
  }
}

describe("Python 3 files match CPython 3.11 ast.dump", () => {
  const python = findPython("3.11");
  test("CPython 3.11 is available", () => {
    assert.ok(python !== null, "CPython 3.11 not found (tried ~/.pyenv/versions/3.11.7/bin/python3, python3.11, python3)");
  });
  if (python !== null) compareAll(sources.filter((s) => s.dialect === "py3"), python, dumpModule);
});

describe("Python 2 files match CPython 2.7 ast.dump", () => {
  const python = findPython("2.7");
  const files = sources.filter((s) => s.dialect === "py2");
  if (python === null) {
    test("CPython 2.7 comparison", { skip: "python2.7 is not installed: Python 2 dumps were NOT checked" }, () => {});
    return;
  }
  compareAll(files, python, dumpModulePy2);
});
