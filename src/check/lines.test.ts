// splitLines and the torn-line repair.

import assert from "node:assert/strict";
import { test } from "node:test";
import { splitLines, splitTornLine } from "./lines.js";
import { tokenizeLine } from "./tokens.js";

test("splitLines keeps whether the text ends with a newline", () => {
  assert.deepEqual(splitLines("a\nb\n"), { lines: ["a", "b"], endsWithNewline: true });
  assert.deepEqual(splitLines("a\nb"), { lines: ["a", "b"], endsWithNewline: false });
  assert.deepEqual(splitLines("\n"), { lines: [""], endsWithNewline: true });
  assert.deepEqual(splitLines(""), { lines: [], endsWithNewline: true });
});

const skeletons = (...lines: string[]) => new Set(lines.map((l) => tokenizeLine(l).skeleton));

test("a concatenation of whole recorded lines is split, numbers and all", () => {
  const whole = { every: skeletons("start"), some: skeletons("Run child process Process0 (36708)") };
  assert.deepEqual(splitTornLine("Run child process Process0 (36708)Run child process Process1 (36748)", whole), [
    "Run child process Process0 (36708)",
    "Run child process Process1 (36748)",
  ]);
});

test("a line every run prints whole, or one that does not split into whole lines, is kept", () => {
  const whole = { every: skeletons("abab"), some: skeletons("ab", "abab", "x") };
  assert.equal(splitTornLine("abab", whole), null);
  assert.equal(splitTornLine("abx y", whole), null);
  assert.equal(splitTornLine("ab", whole), null);
});
