// Every named node type tree-sitter-python can produce (node-types.json) must occur
// in the CST of at least one fixture, so no converter branch goes untested.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { parseCst, type SyntaxNode } from "./cst.js";
import { fixturesDir, pythonFiles } from "./testUtil.js";

interface NodeType {
  readonly type: string;
  readonly named: boolean;
  readonly subtypes?: unknown;
}

test("every named tree-sitter-python node type appears in a fixture", () => {
  const require = createRequire(import.meta.url);
  const nodeTypesPath = join(require.resolve("tree-sitter-python/package.json"), "..", "src", "node-types.json");
  const nodeTypes = JSON.parse(readFileSync(nodeTypesPath, "utf8")) as NodeType[];
  // Supertypes (expression, pattern, ...) are abstract: no node has them as its type.
  const wanted = nodeTypes.filter((t) => t.named && t.subtypes === undefined).map((t) => t.type);
  const seen = new Set<string>();
  const visit = (node: SyntaxNode): void => {
    seen.add(node.type);
    for (const child of node.children) visit(child);
  };
  for (const path of pythonFiles(fixturesDir)) visit(parseCst(readFileSync(path, "utf8")).rootNode);
  assert.ok(wanted.length > 100, "node-types.json lists the grammar's node types");
  assert.deepEqual(wanted.filter((t) => !seen.has(t)), []);
});
