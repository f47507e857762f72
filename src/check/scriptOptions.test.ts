// parseScriptOptions: the header syntax, defaults and errors.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseScriptOptions } from "./scriptOptions.js";

test("defaults without a header", () => {
  assert.deepEqual(parseScriptOptions("print('hi')\n"), {
    options: { dialect: null, args: [], stdin: "", timeoutSeconds: 60, runs: 3, freeNumbers: [], timingNumbers: [], unorderedLines: [] },
    errors: [],
  });
});

test("every option, bare, JSON string and JSON array values, several per line", () => {
  const text = [
    "#!/usr/bin/env python",
    "# -*- coding:utf-8 -*-",
    "# py2ts: py2 runs=5 timeout=2.5",
    '# py2ts: args=["-n", "two words"] stdin="1\\n2\\n"',
    '# py2ts: free="^got [0-9]+$" free=slept timing="took .* s$" unordered="^w[0-9]+ enters$"',
    "",
    "import os",
  ].join("\n");
  const { options, errors } = parseScriptOptions(text);
  assert.deepEqual(errors, []);
  assert.deepEqual(options, {
    dialect: "py2",
    args: ["-n", "two words"],
    stdin: "1\n2\n",
    timeoutSeconds: 2.5,
    runs: 5,
    freeNumbers: ["^got [0-9]+$", "slept"],
    timingNumbers: ["took .* s$"],
    unorderedLines: ["^w[0-9]+ enters$"],
  });
  assert.deepEqual(parseScriptOptions("# py2ts: args=7\n").options.args, ["7"]);
});

test("mistakes are errors with line numbers", () => {
  const text = [
    "# py2ts: py2 py3",
    "# py2ts: runs=0 timeout=soon",
    "# py2ts: colour=red",
    '# py2ts: args=["unclosed"',
    "# py2ts: free=(",
    "x = 1",
    "# py2ts: py3",
  ].join("\n");
  const { errors } = parseScriptOptions(text);
  assert.deepEqual(
    errors.map((e) => e.line),
    [1, 2, 2, 3, 4, 5, 7],
  );
  assert.match(errors[0].message, /both py2 and py3/);
  assert.match(errors[3].message, /unknown py2ts option "colour"/);
  assert.match(errors[6].message, /must be in the comment block at the top/);
});
