// A child process's traceback shows Process.run's frame only where the error passed
// through it: first for a plain target, under the script's own run() for an
// override that called the base run(), and not at all for an error an overriding
// run() raised itself (CPython prints the frames the error really went through).
// This test file stands in for the script, so its functions are the "script frames".

import assert from "node:assert/strict";
import { after, test } from "node:test";
import { PyDict } from "../builtins/dict.js";
import { ZeroDivisionError } from "../builtins/exceptions.js";
import { PyTuple } from "../builtins/tuple.js";
import { Process } from "../multiprocessing/process.js";
import { configureProgram, programInfo } from "./program.js";
import { formatTraceback } from "./traceback.js";

const before = programInfo();
// An ES module's stack names it by its URL (a compiled script's by its mapped .py path).
configureProgram({ argv: ["case.py"], scriptPath: "case.py", absoluteScriptPath: import.meta.url });
after(() => configureProgram(before));

function failingTarget(): never {
  throw new ZeroDivisionError("division by zero");
}

/** Process.run on a stand-in object: the parts of a Process that run() reads. */
function baseRun(target: unknown): void {
  Process.prototype.run.call({ _target: target, _args: PyTuple.of(), _kwargs: new PyDict() } as unknown as Process);
}

function overridingRun(): void {
  baseRun(failingTarget);
}

function raisingRun(): never {
  throw new ZeroDivisionError("own");
}

/** The traceback's frames: "run@lib" for Process.run's, "_bootstrap@lib", else the script frame's name. */
function frameNames(thrower: () => void): string[] {
  let caught: unknown;
  try {
    thrower();
  } catch (error) {
    caught = error;
  }
  const text = formatTraceback(caught, "process");
  return [...text.matchAll(/^ {2}File "([^"]*)", line \d+, in (\S+)$/gm)].map(([, file, name]) => (file!.endsWith("multiprocessing/process.py") ? `${name}@lib` : name!));
}

test("a plain target: _bootstrap, Process.run, then the target's frames", () => {
  const names = frameNames(() => baseRun(failingTarget));
  const at = names.indexOf("run@lib");
  assert.equal(names[0], "_bootstrap@lib");
  assert.equal(names[at + 1], "failingTarget");
  assert.equal(names.filter((n) => n === "run@lib").length, 1);
});

test("an override calling the base run(): Process.run's frame sits between the override and the target", () => {
  const names = frameNames(overridingRun);
  const at = names.indexOf("run@lib");
  assert.ok(at > 0, names.join(", "));
  assert.equal(names[at - 1], "baseRun");
  assert.equal(names[at - 2], "overridingRun");
  assert.equal(names[at + 1], "failingTarget");
});

test("an error raised by an overriding run() itself has no Process.run frame", () => {
  const names = frameNames(raisingRun);
  assert.equal(names[0], "_bootstrap@lib");
  assert.ok(!names.includes("run@lib"), names.join(", "));
  assert.equal(names.at(-1), "raisingRun");
});

test("a target that is not callable: Process.run is the last frame, as CPython's TypeError", () => {
  let caught: unknown;
  try {
    baseRun(42);
  } catch (error) {
    caught = error;
  }
  const lines = formatTraceback(caught, "process").trimEnd().split("\n");
  assert.deepEqual(lines.slice(-3), ['  File "/usr/lib/python3.11/multiprocessing/process.py", line 108, in run', "    self._target(*self._args, **self._kwargs)", "TypeError: 'int' object is not callable"]);
});
