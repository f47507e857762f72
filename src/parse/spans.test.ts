// Spans are UTF-16 code unit offsets into the JavaScript string (ast.ts Span), also
// on lines with Chinese text and astral characters, and diagnostics on such lines
// point at the right column (counted in code points).

import assert from "node:assert/strict";
import { test } from "node:test";
import type * as ast from "./ast.js";
import { LineMap } from "../diagnostics/textPosition.js";
import { parseModule } from "./index.js";

test("spans index the JavaScript string on a line with Chinese and an emoji", () => {
  const text = '名字 = "中文😀" + 值\n';
  const { module, diagnostics } = parseModule(text, "t.py");
  assert.deepEqual(diagnostics, []);
  const assign = module.body[0] as ast.Assign;
  const target = assign.targets[0] as ast.Name;
  assert.equal(text.slice(target.span.start, target.span.end), "名字");
  const sum = assign.value as ast.BinOp;
  assert.equal(text.slice(sum.left.span.start, sum.left.span.end), '"中文😀"');
  assert.equal(text.slice(sum.right.span.start, sum.right.span.end), "值");
  assert.equal((sum.right as ast.Name).id, "值");
  assert.equal(assign.span.end, text.length - 1);
});

test("a diagnostic after Chinese text points at the offending token", () => {
  const text = '# py2ts: py3\nx = "中文字符" + f() = 1\n';
  const { diagnostics } = parseModule(text, "t.py");
  assert.equal(diagnostics.length, 1);
  const d = diagnostics[0]!;
  assert.equal(text.slice(d.span.start, d.span.end), '"中文字符" + f()');
  const position = new LineMap(text).position(d.span.start);
  assert.deepEqual(position, { line: 2, column: 5 });
});

test("comments keep their text and spans, non-ASCII included", () => {
  const text = "x = 1  # 注释 😀\n# second\n";
  const { module } = parseModule(text, "t.py");
  assert.deepEqual(
    module.comments.map((c) => [c.text, text.slice(c.span.start, c.span.end)]),
    [[" 注释 😀", "# 注释 😀"], [" second", "# second"]],
  );
});

test("an empty file is an empty module", () => {
  const { module, diagnostics } = parseModule("", "empty.py");
  assert.deepEqual(module.body, []);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(module.span, { start: 0, end: 0 });
});
