// stderrLogicalLines: a traceback keeps its own-file frames and exception line only.

import assert from "node:assert/strict";
import { test } from "node:test";
import { stderrLogicalLines } from "./traceback.js";

test("library frames, source and caret lines are dropped; other lines stay", () => {
  const stderr = [
    "Process Process-1:",
    "Traceback (most recent call last):",
    '  File "/py/lib/python3.11/multiprocessing/process.py", line 314, in _bootstrap',
    "    self.run()",
    '  File "/work/corpus/x.py", line 9, in <module>',
    '  File "x.py", line 4, in worker',
    "    1 / 0",
    "    ~~^~~",
    "ZeroDivisionError: division by zero",
    "done",
  ];
  assert.deepEqual(stderrLogicalLines(stderr, "x.py"), [
    { text: "Process Process-1:", lineNo: 1 },
    {
      text: [
        "Traceback (most recent call last):",
        '  File "x.py", line 9, in <module>',
        '  File "x.py", line 4, in worker',
        "ZeroDivisionError: division by zero",
      ].join("\n"),
      lineNo: 2,
    },
    { text: "done", lineNo: 10 },
  ]);
});

test("a SyntaxError frame without `in` is kept", () => {
  const stderr = ['Traceback (most recent call last):', '  File "x.py", line 3', "    print x", "          ^", "SyntaxError: invalid syntax"];
  assert.equal(stderrLogicalLines(stderr, "x.py")[0].text, 'Traceback (most recent call last):\n  File "x.py", line 3\nSyntaxError: invalid syntax');
});

test("a traceback cut off at the end of the stream is still one entry", () => {
  assert.deepEqual(stderrLogicalLines(["Traceback (most recent call last):", '  File "x.py", line 1, in <module>'], "x.py"), [
    { text: 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>', lineNo: 1 },
  ]);
});

test("a warning about the script names it by its name, wherever it ran; other files' warnings stay", () => {
  const stderr = [
    '/rec/corpus/x.py:5: SyntaxWarning: "is" with a literal. Did you mean "=="?',
    "  if x is 'a':",
    "/usr/lib/python3.11/site.py:1: DeprecationWarning: old",
    "/rec/corpus/xx.py:2: UserWarning: another script",
  ];
  assert.deepEqual(
    stderrLogicalLines(stderr, "x.py").map((l) => l.text),
    ['x.py:5: SyntaxWarning: "is" with a literal. Did you mean "=="?', "  if x is 'a':", "/usr/lib/python3.11/site.py:1: DeprecationWarning: old", "/rec/corpus/xx.py:2: UserWarning: another script"],
  );
});
