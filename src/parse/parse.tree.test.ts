// Tree invariants over every fixture and corpus script: child spans inside their
// parent's, siblings in order (treeChecker.ts), and the checker itself catches a bad tree.

import assert from "node:assert/strict";
import { join, relative } from "node:path";
import { test } from "node:test";
import type * as ast from "./ast.js";
import { parseModule } from "./index.js";
import { checkTree } from "./treeChecker.js";
import { fixturesDir, okSources, pythonFiles, readSource, repoRoot } from "./testUtil.js";

for (const file of [...okSources(), ...pythonFiles(join(fixturesDir, "err")).map(readSource)]) {
  test(`spans nest and stay in order: ${relative(repoRoot, file.path)}`, () => {
    const { module } = parseModule(file.text, file.path);
    assert.deepEqual(checkTree(module, file.text), []);
  });
}

test("the checker reports a child outside its parent and siblings out of order", () => {
  const name = (start: number, end: number): ast.Name => ({ kind: "Name", span: { start, end }, id: "x", ctx: "Load" });
  const tuple: ast.Tuple = { kind: "Tuple", span: { start: 0, end: 5 }, elts: [name(3, 4), name(0, 1), name(4, 9)], ctx: "Load" };
  const problems = checkTree(tuple, "x, x, x, x");
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /starts before its previous sibling/);
  assert.match(problems[1]!, /outside its parent/);
});
