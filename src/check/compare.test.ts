// compareRun, rule by rule: what legitimately varies passes, everything else fails.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compareRun } from "./compare.js";
import type { Recording } from "./recording.js";
import { lines, makeActual, makeRecording, makeRun, type RunSpec } from "./testSupport.js";

function passes(recording: Recording, actual: RunSpec): void {
  const result = compareRun(recording, makeActual(actual));
  assert.deepEqual(result.problems, []);
  assert.equal(result.ok, true);
}

function fails(recording: Recording, actual: RunSpec, expected: RegExp): void {
  const result = compareRun(recording, makeActual(actual));
  assert.equal(result.ok, false, "expected the comparison to fail");
  assert.ok(
    result.problems.some((p) => expected.test(p)),
    `no problem matches ${expected}:\n${result.problems.join("\n")}`,
  );
}

describe("identical output", () => {
  const recording = makeRecording([{ stdout: lines("a", "b 1") }, { stdout: lines("a", "b 1") }]);
  test("passes", () => passes(recording, { stdout: lines("a", "b 1") }));
  test("a changed word fails with both lines quoted", () =>
    fails(recording, { stdout: lines("a", "c 1") }, /stdout line 2: expected "b 1" \(recorded run 1 line 2\), got "c 1"/));
  test("a missing line fails", () => fails(recording, { stdout: lines("a") }, /missing line "b 1"/));
  test("an extra line fails", () => fails(recording, { stdout: lines("a", "b 1", "zzz") }, /stdout line 3: unexpected line "zzz"/));
  test("a repeated line fails", () => fails(recording, { stdout: lines("a", "a", "b 1") }, /unexpected line "a" \(recorded runs print it once\)/));
});

describe("rule 1: process ids", () => {
  // The main prints its pid twice and each child's pid once; pids differ per run.
  const recording = makeRecording([
    { pids: [100, 101, 102], stdout: lines("main 100", "child 101", "child 102", "main again 100") },
    { pids: [200, 201, 202], stdout: lines("main 200", "child 202", "child 201", "main again 200") },
    { pids: [300, 301, 302], stdout: lines("main 300", "child 301", "child 302", "main again 300") },
  ]);
  test("other pids with the same structure pass", () =>
    passes(recording, { pids: [7, 8, 9], stdout: lines("main 7", "child 9", "child 8", "main again 7") }));
  test("two different pids where CPython printed the same one fail", () =>
    fails(recording, { pids: [7, 8, 9], stdout: lines("main 7", "child 8", "child 9", "main again 8") }, /same pid here as at line 1/));
  test("the same pid where CPython printed two different ones fails", () =>
    fails(recording, { pids: [7, 8, 9], stdout: lines("main 7", "child 8", "child 8", "main again 7") }, /prints 8 again \(as line 2\)/));
  test("a number that is not a logged pid fails", () =>
    fails(recording, { pids: [7, 8, 9], stdout: lines("main 7", "child 8", "child 55", "main again 7") }, /55 is in the place of a process id/));
  test("a child's pid where CPython printed the main's fails", () =>
    fails(recording, { pids: [7, 8], stdout: lines("main 8", "child 7", "child 8", "main again 8") }, /is the child process, every recorded run prints the main process's id/));
  test("which pool worker ran a task is free when the runs disagree", () => {
    const pool = makeRecording([
      { pids: [10, 11, 12], stdout: lines("task 0 in 11", "task 1 in 11", "task 2 in 12") },
      { pids: [20, 21, 22], stdout: lines("task 0 in 21", "task 1 in 22", "task 2 in 21") },
    ]);
    passes(pool, { pids: [5, 6, 7], stdout: lines("task 0 in 6", "task 1 in 6", "task 2 in 6") });
    passes(pool, { pids: [5, 6, 7], stdout: lines("task 0 in 6", "task 1 in 7", "task 2 in 7") });
  });
});

describe("rule 2: numbers", () => {
  test("a number identical in every run must match exactly", () => {
    const recording = makeRecording([{ stdout: lines("result 42") }, { stdout: lines("result 42") }]);
    fails(recording, { stdout: lines("result 43") }, /expected "result 42".*got "result 43"/);
  });
  const sleeps = makeRecording([
    { stdout: lines("slept 2.00 s") },
    { stdout: lines("slept 2.01 s") },
    { stdout: lines("slept 2.03 s") },
  ]);
  test("a timing near the recorded ones passes", () => passes(sleeps, { stdout: lines("slept 2.09 s") }));
  test("a timing far off fails (a 2 s sleep must print about 2 s)", () =>
    fails(sleeps, { stdout: lines("slept 0.02 s") }, /0\.02 is outside .* \(recorded 2\.00, 2\.01, 2\.03\)/));
  test("a timing printed with other decimals fails", () => fails(sleeps, { stdout: lines("slept 2.0 s") }, /has 1 decimals/));
  test("an int where CPython printed a float fails", () => fails(sleeps, { stdout: lines("slept 2 s") }, /expected "slept 2\.00 s".*got "slept 2 s"/));
  test("numbers that vary wildly between runs are free", () => {
    const random = makeRecording([
      { stdout: lines("got 17", "got 93", "got 2") },
      { stdout: lines("got 64", "got 5", "got 88") },
      { stdout: lines("got 30", "got 41", "got 79") },
    ]);
    passes(random, { stdout: lines("got 1", "got 1000", "got 55") });
  });
  test("free= makes close-by random numbers free too", () => {
    const runs = [{ stdout: lines("lucky 61") }, { stdout: lines("lucky 66") }, { stdout: lines("lucky 70") }];
    fails(makeRecording(runs), { stdout: lines("lucky 7") }, /7 is outside/);
    passes(makeRecording(runs, { freeNumbers: ["^lucky "] }), { stdout: lines("lucky 7") });
  });
  test("timings are aligned by the labels around them, not by print order", () => {
    // Process 0 sleeps ~1 s, process 1 ~2 s; they finish in either order.
    const recording = makeRecording([
      { stdout: lines("Process 0 took 1.00", "Process 1 took 2.00") },
      { stdout: lines("Process 1 took 2.01", "Process 0 took 1.01") },
      { stdout: lines("Process 0 took 1.02", "Process 1 took 2.02") },
    ]);
    passes(recording, { stdout: lines("Process 1 took 2.03", "Process 0 took 1.04") });
    fails(recording, { stdout: lines("Process 0 took 2.01", "Process 1 took 1.01") }, /"Process 0 took 2\.01": 2\.01 is outside/);
    fails(recording, { stdout: lines("Process 0 took 1.01", "Process 2 took 2.01") }, /expected "Process 1 took 2\.00".*got "Process 2 took 2\.01"/);
  });
  test("numbers on traceback-free stderr lines follow the same rules", () => {
    const recording = makeRecording([{ stderr: lines("warning 3") }, { stderr: lines("warning 3") }]);
    fails(recording, { stderr: lines("warning 4") }, /stderr line 1/);
  });
});

describe("rule 3: hash-ordered reprs", () => {
  test("set order is free in Python 3", () => {
    const recording = makeRecording([{ stdout: lines("{'b', 'a', 'c'}") }, { stdout: lines("{'c', 'b', 'a'}") }]);
    passes(recording, { stdout: lines("{'a', 'b', 'c'}") });
    fails(recording, { stdout: lines("{'a', 'b', 'd'}") }, /expected/);
  });
  test("set([...]) and frozenset order is free in Python 2, dicts too, nested", () => {
    const recording = makeRecording([{ stdout: lines("set([3, 1]) {'y': frozenset([2, 1]), 'x': 1}") }], { dialect: "py2" });
    passes(recording, { stdout: lines("set([1, 3]) {'x': 1, 'y': frozenset([1, 2])}") });
    fails(recording, { stdout: lines("set([1, 3]) {'x': 2, 'y': frozenset([1, 2])}") }, /expected/);
  });
  test("a changed Python 3 dict order fails", () => {
    const recording = makeRecording([{ stdout: lines("{'b': 1, 'a': 2}") }, { stdout: lines("{'b': 1, 'a': 2}") }]);
    fails(recording, { stdout: lines("{'a': 2, 'b': 1}") }, /expected "\{'b': 1, 'a': 2\}"/);
  });
  test("sets inside a Python 3 dict are still canonical", () => {
    const recording = makeRecording([{ stdout: lines("{'k': {2, 1}, 'j': []}") }]);
    passes(recording, { stdout: lines("{'k': {1, 2}, 'j': []}") });
  });
});

describe("rule 4: interleaving", () => {
  const recording = makeRecording([
    { stdout: lines("start", "worker A", "worker B", "end") },
    { stdout: lines("start", "worker B", "worker A", "end") },
    { stdout: lines("start", "worker A", "worker B", "end") },
  ]);
  test("an order the runs disagree on is free", () => passes(recording, { stdout: lines("start", "worker B", "worker A", "end") }));
  test("an order all runs agree on must hold", () =>
    fails(recording, { stdout: lines("start", "worker A", "end", "worker B") }, /line 4 "worker B" must come before line 3 "end"/));
  test("a torn line in one recorded run does not make whole lines fail", () => {
    const torn = makeRecording([
      { stdout: lines("start", "worker A", "worker B", "end") },
      { stdout: lines("start", "worker Aworker B", "", "end") },
      { stdout: lines("start", "worker B", "worker A", "end") },
    ]);
    passes(torn, { stdout: lines("start", "worker A", "worker B", "end") });
    passes(torn, { stdout: lines("start", "worker Bworker A", "", "end") });
    fails(torn, { stdout: lines("start", "worker A", "end") }, /missing line "worker B"/);
  });
  test("a line only some runs print is optional, within the recorded counts", () => {
    const optional = makeRecording([
      { stdout: lines("a", "queue empty", "b") },
      { stdout: lines("a", "b") },
      { stdout: lines("a", "queue empty", "b") },
    ]);
    passes(optional, { stdout: lines("a", "b") });
    passes(optional, { stdout: lines("a", "queue empty", "b") });
    fails(optional, { stdout: lines("a", "queue empty", "queue empty", "b") }, /unexpected line "queue empty"/);
  });
});

describe("rule 5: stderr and tracebacks", () => {
  const traceback = (line: number, message = "ValueError: boom") =>
    lines(
      "Process Process-1:",
      "Traceback (most recent call last):",
      '  File "/usr/lib/python2.7/multiprocessing/process.py", line 258, in _bootstrap',
      "    self.run()",
      `  File "x.py", line ${line}, in worker`,
      "    raise ValueError('boom')",
      message,
    );
  const recording = makeRecording([
    { stderr: traceback(7), exitCode: 0 },
    { stderr: traceback(7), exitCode: 0 },
  ]);
  test("library frames and source lines are ignored", () =>
    passes(recording, {
      stderr: lines("Process Process-1:", "Traceback (most recent call last):", '  File "x.py", line 7, in worker', "ValueError: boom"),
    }));
  test("a wrong line number in the script's frame fails", () => fails(recording, { stderr: traceback(8) }, /expected "Traceback.*line 7, in worker/));
  test("a wrong exception line fails", () => fails(recording, { stderr: traceback(7, "ValueError: bang") }, /got "Traceback.*ValueError: bang"/));
  test("a missing traceback fails", () => fails(recording, { stderr: lines("Process Process-1:") }, /missing line "Traceback/));
  test("a wrong exit code fails", () => fails(recording, { stderr: traceback(7), exitCode: 1 }, /^exit code 1, CPython exits with 0$/));
  test("exit codes the runs disagree on are all accepted", () => {
    const racy = makeRecording([{ exitCode: 0 }, { exitCode: 1 }]);
    passes(racy, { exitCode: 1 });
    fails(racy, { exitCode: 2 }, /exit code 2, CPython exits with 0 or 1/);
  });
});

describe("rule 6: wall time", () => {
  const recording = makeRecording([{ durationMs: 2100 }, { durationMs: 2050 }]);
  test("a run about as long passes, even a few times slower", () => {
    passes(recording, { durationMs: 2000 });
    passes(recording, { durationMs: 9000 });
  });
  test("a run much faster than the fastest recorded run fails", () =>
    fails(recording, { durationMs: 300 }, /ran for 300 ms, but the fastest recorded run took 2050 ms/));
  test("a run far slower than the slowest recorded run fails", () => fails(recording, { durationMs: 60_000 }, /at most/));
});

describe("final newline", () => {
  test("matters when every run agrees", () => {
    const recording = makeRecording([{ stdout: "a\nprompt> " }, { stdout: "a\nprompt> " }]);
    passes(recording, { stdout: "a\nprompt> " });
    fails(recording, { stdout: "a\nprompt> \n" }, /stdout ends with a newline, CPython's does not/);
  });
});

describe("timing= and line times", () => {
  test("timing= compares a decimal every run printed alike with a tolerance, ints stay exact", () => {
    const runs = [{ stdout: lines("8 workers ran 0.72 seconds") }, { stdout: lines("8 workers ran 0.72 seconds") }];
    fails(makeRecording(runs), { stdout: lines("8 workers ran 0.71 seconds") }, /expected "8 workers ran 0\.72 seconds"/);
    const timed = makeRecording(runs, { timingNumbers: ["ran .* seconds"] });
    passes(timed, { stdout: lines("8 workers ran 0.71 seconds") });
    fails(timed, { stdout: lines("8 workers ran 0.31 seconds") }, /0\.31 is outside/);
    fails(timed, { stdout: lines("9 workers ran 0.72 seconds") }, /expected "8 workers/);
  });

  /** A run whose stdout lines were read at the given times (ms), with children alive during `busyMs`. */
  const timedRun = (text: string[], times: number[], busyMs?: number[]) => ({
    ...makeRun({ stdout: lines(...text), pids: busyMs ? [4100, 4101, 4102] : [4100] }),
    stdoutTimes: times,
    busyMs,
  });
  test("in a concurrent program only orders robust in time are enforced", () => {
    // Two children start at 50 ms and print A, B, then "worker 1", "worker 2" a few
    // ms apart; the runs disagree on A/B and agree on the workers by chance. The
    // main prints "start" before and "end", "r0", "r1" after the children ended.
    const base = makeRecording([{}]);
    const text = (first: string, second: string) => ["start", first, second, "worker 1", "worker 2", "end", "r0", "r1"];
    const times = (w: number) => [0, 100, 101, w, w + 1.5, 201, 201.1, 201.1];
    const recording = {
      ...base,
      runs: [
        timedRun(text("A", "B"), times(150), [50, 200]),
        timedRun(text("B", "A"), times(160), [50, 195]),
        timedRun(text("A", "B"), times(155), [50, 199]),
      ],
    };
    passes(recording, { stdout: lines("start", "B", "A", "worker 2", "worker 1", "end", "r0", "r1") });
    fails(recording, { stdout: lines("A", "start", "B", "worker 1", "worker 2", "end", "r0", "r1") }, /"start" must come before line 1 "A"/);
    fails(recording, { stdout: lines("start", "A", "B", "worker 1", "end", "worker 2", "r0", "r1") }, /"worker 2" must come before line 5 "end"/);
    fails(recording, { stdout: lines("start", "A", "B", "worker 1", "worker 2", "end", "r1", "r0") }, /"r0" must come before line 7 "r1"/);
    // A recorder that woke up to 10 ms late cannot tell that r0 and r1 came after the children.
    const lagged = { ...recording, runs: recording.runs.map((run) => ({ ...run, readLagMs: 10 })) };
    passes(lagged, { stdout: lines("start", "A", "B", "worker 1", "worker 2", "end", "r1", "r0") });
    // Without busy intervals only the 20 ms margin counts: r0, r1 and "end" print in one burst.
    const unknownBusy = { ...recording, runs: recording.runs.map((run) => ({ ...run, busyMs: undefined })) };
    passes(unknownBusy, { stdout: lines("start", "A", "B", "worker 1", "worker 2", "r1", "end", "r0") });
    fails(unknownBusy, { stdout: lines("start", "A", "B", "worker 1", "end", "worker 2", "r0", "r1") }, /"worker 2" must come before/);
  });

  test("unordered= frees the order among matching lines only", () => {
    const runs = [{ stdout: lines("start", "w1 enters", "w2 enters", "w1 leaves", "w2 leaves", "end") }];
    const recording = makeRecording([...runs, ...runs], { unorderedLines: ["^w[0-9] (enters|leaves)$"] });
    passes(recording, { stdout: lines("start", "w2 enters", "w1 enters", "w2 leaves", "w1 leaves", "end") });
    fails(recording, { stdout: lines("w2 enters", "start", "w1 enters", "w2 leaves", "w1 leaves", "end") }, /"start" must come before/);
  });

  test("a sequential program keeps every agreed order, however close in time", () => {
    const base = makeRecording([{}]);
    const sequential = { ...base, runs: [0, 1].map(() => timedRun(["x", "y"], [5, 10])) };
    fails(sequential, { stdout: lines("y", "x") }, /"x" must come before line 1 "y"/);
  });

  test("pids of pool workers that shared a worker by chance in every run are not tied together", () => {
    const recording = makeRecording([
      { pids: [10, 11, 12], stdout: lines("main 10", "task 0 in 11", "task 1 in 11", "task 2 in 12") },
      { pids: [20, 21, 22], stdout: lines("main 20", "task 0 in 22", "task 1 in 22", "task 2 in 22") },
    ]);
    passes(recording, { pids: [5, 6, 7], stdout: lines("main 5", "task 0 in 6", "task 1 in 7", "task 2 in 6") });
    fails(recording, { pids: [5, 6, 7], stdout: lines("main 5", "task 0 in 6", "task 1 in 5", "task 2 in 6") }, /5 is the main process/);
  });
});
