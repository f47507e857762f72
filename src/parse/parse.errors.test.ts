// err fixtures: each expected diagnostic is written on the offending line, ruff-style,
// as `# error: [PTM0009]` (optionally followed by "a message fragment"); the test
// matches diagnostics to them by line and code, both ways.

import assert from "node:assert/strict";
import { join, relative } from "node:path";
import { test } from "node:test";
import { LineMap } from "../diagnostics/textPosition.js";
import { formatCode } from "../diagnostics/messages.js";
import { parseModule } from "./index.js";
import { fixturesDir, pythonFiles, readSource, repoRoot } from "./testUtil.js";

interface Expectation {
  readonly line: number;
  readonly code: string;
  readonly fragment?: string;
}

function expectations(text: string): Expectation[] {
  const found: Expectation[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(/# error: \[(PTM\d{4})\](?: "([^"]*)")?/g)) {
      found.push({ line: index + 1, code: match[1]!, ...(match[2] !== undefined ? { fragment: match[2] } : {}) });
    }
  });
  return found;
}

for (const path of pythonFiles(join(fixturesDir, "err"))) {
  test(relative(repoRoot, path), () => {
    const file = readSource(path);
    const expected = expectations(file.text);
    assert.ok(expected.length > 0, "an err fixture marks at least one expected diagnostic");
    const lines = new LineMap(file.text);
    const actual = parseModule(file.text, path).diagnostics.map((d) => ({
      line: lines.position(d.span.start).line,
      code: formatCode(d.code),
      message: d.message,
    }));
    const key = (e: { line: number; code: string }): string => `line ${e.line}: ${e.code}`;
    assert.deepEqual(
      actual.map((a) => `${key(a)} ${a.message}`).sort().map((s) => s.split(" ").slice(0, 3).join(" ")),
      expected.map(key).sort(),
      "diagnostics (line: code) differ from the # error: markers; actual:\n" + actual.map((a) => `${key(a)} ${a.message}`).join("\n"),
    );
    for (const e of expected.filter((x) => x.fragment !== undefined)) {
      const messages = actual.filter((a) => a.line === e.line && a.code === e.code).map((a) => a.message);
      assert.ok(messages.some((m) => m.includes(e.fragment!)), `line ${e.line}: no ${e.code} message contains "${e.fragment}": ${messages.join(" | ")}`);
    }
  });
}
