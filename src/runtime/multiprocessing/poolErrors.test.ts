// The report of a Pool callback that raised (CPython's result-handler thread dying):
// its traceback starts at the callback, without the frames the main process was in
// when our runtime ran the callback (a time.sleep inside some function of the
// program). This test file stands in for the script, so its functions are the
// "script frames".

import assert from "node:assert/strict";
import { after, test } from "node:test";
import { ValueError } from "../builtins/exceptions.js";
import { configureProgram, programInfo } from "../internal/program.js";
import { threadExceptionText } from "./poolErrors.js";

const before = programInfo();
// An ES module's stack names it by its URL (a compiled script's by its mapped .py path).
configureProgram({ argv: ["case.py"], scriptPath: "case.py", absoluteScriptPath: import.meta.url });
after(() => configureProgram(before));

function raisingCallback(): never {
  throw new ValueError("callback broke");
}

/**
 * Stands for the runtime's result delivery, reached from a blocking call in the
 * program: made with `new Function` so that its frame is not in this file (the
 * runtime's frames are not the script's).
 */
const deliverResults = new Function(
  "callback",
  "report",
  "try { callback(); } catch (error) { return report(error); }",
) as (callback: () => void, report: (error: unknown) => string) => string;

function programWaiting(): string {
  return deliverResults(raisingCallback, (error) => threadExceptionText("Thread-3", "_handle_results", error));
}

test("the callback's traceback has the callback's frames only", () => {
  const text = programWaiting();
  const names = [...text.matchAll(/^ {2}File "[^"]*", line \d+, in (\S+)$/gm)].map((m) => m[1]);
  assert.deepEqual(names, ["raisingCallback"]);
  assert.match(text, /^Exception in thread Thread-3 \(_handle_results\):\nTraceback \(most recent call last\):\n/);
  assert.match(text, /ValueError: callback broke\n$/);
});
