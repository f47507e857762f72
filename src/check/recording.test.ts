// The recording file: round trip, key order, path helper and validation.

import assert from "node:assert/strict";
import { test } from "node:test";
import { formatRecording, parseRecording, recordingPathFor } from "./recording.js";
import { makeRecording } from "./testSupport.js";

test("format then parse gives the recording back, streams stored as line arrays", () => {
  const base = makeRecording([{ stdout: "a\nb\n", stderr: "no newline", pids: [7, 9, 8] }], { dialect: "py2" });
  const recording = { ...base, runs: [{ ...base.runs[0], stdoutTimes: [1.5, 20] }] };
  const text = formatRecording(recording);
  assert.deepEqual(parseRecording(text), recording);
  const file = JSON.parse(text);
  assert.deepEqual(Object.keys(file), ["format", "script", "sha256", "dialect", "python", "args", "stdin", "timeoutSeconds", "freeNumbers", "timingNumbers", "unorderedLines", "runs"]);
  assert.deepEqual(Object.keys(file.runs[0]), ["exitCode", "durationMs", "pids", "stdout", "stderr", "stdoutTimes"]);
  assert.deepEqual(file.runs[0].stdout, ["a", "b", ""]);
  assert.match(text, /"children": \[8, 9\],\n/, "number arrays stay on one line");
  assert.match(text, /"stdoutTimes": \[1\.5, 20\]\n/);
  assert.ok(text.endsWith("}\n"));
});

test("output text that looks like a number array is stored exactly as printed", () => {
  // `print('[%5d]' % 0)` prints "[    0]"; the one-line layout of number arrays must not touch it.
  const printed = "[    0] [    7]\n[1,2] [ 3 ]\n";
  const recording = makeRecording([{ stdout: printed, pids: [7, 9, 8] }]);
  const text = formatRecording(recording);
  assert.equal(parseRecording(text).runs[0].stdout, printed);
  assert.match(text, /"children": \[8, 9\],\n/);
});

test("recordingPathFor puts the recording next to the script", () => {
  assert.equal(recordingPathFor("corpus/pools/map_squares.py"), "corpus/pools/map_squares.expected.json");
});

test("a malformed recording is an error naming the file and field", () => {
  const good = JSON.parse(formatRecording(makeRecording([{}])));
  assert.throws(() => parseRecording(JSON.stringify({ ...good, format: 99 }), "r.json"), /r\.json: unknown format 99/);
  assert.throws(() => parseRecording(JSON.stringify({ ...good, runs: [] }), "r.json"), /runs is empty/);
  good.runs[0].exitCode = "0";
  assert.throws(() => parseRecording(JSON.stringify(good), "r.json"), /runs\[0\]\.exitCode is not a number/);
});
