// Smoke test of the recorder with real CPython on tiny temporary scripts: stdout on
// a terminal, stderr and exit codes, a forked child's pid, args and stdin, the
// timeout, and the CLI's up-to-date check. Each script takes tens of milliseconds.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { compareRun } from "../src/check/compare.js";
import { loadRecording, recordingPathFor } from "../src/check/recording.js";
import { recordScript, RecordingError } from "./recorder.js";

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "py2ts-recorder-test-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

test("stdout is a terminal, line-buffered, with plain \\n line ends", async () => {
  const path = script("hello.py", ["# py2ts: runs=2", "import sys", "print('hello')", "print(sys.stdout.isatty())"]);
  const { recording } = await recordScript(path);
  assert.equal(recording.dialect, "py3");
  assert.equal(recording.python, "3.11.7");
  assert.equal(recording.script, "hello.py");
  assert.equal(recording.runs.length, 2);
  for (const run of recording.runs) {
    assert.equal(run.stdout, "hello\nTrue\n");
    assert.equal(run.exitCode, 0);
    assert.ok(run.durationMs > 0);
  }
});

test("Python 2: stderr traceback names the bare script file; exit code recorded", async () => {
  const path = script("fails.py", ["# py2ts: runs=1", "import sys", "print 'before'", "sys.stdout.flush()", "raise ValueError('boom')"]);
  const { recording } = await recordScript(path);
  const [run] = recording.runs;
  assert.equal(recording.dialect, "py2");
  assert.equal(recording.python, "2.7.18");
  assert.equal(run.stdout, "before\n");
  assert.equal(run.exitCode, 1);
  assert.equal(
    run.stderr,
    'Traceback (most recent call last):\n  File "fails.py", line 5, in <module>\n    raise ValueError(\'boom\')\nValueError: boom\n',
  );
});

test("a multiprocessing child's pid is logged, and every run compares equal to the recording", async () => {
  const path = script("child.py", [
    "# py2ts: runs=2",
    "import os",
    "from multiprocessing import Process",
    "def work():",
    "    print('child %d of %d' % (os.getpid(), os.getppid()))",
    "if __name__ == '__main__':",
    "    print('main %d' % os.getpid())",
    "    p = Process(target=work)",
    "    p.start()",
    "    p.join()",
    "    print('joined %d, exit %d' % (p.pid, p.exitcode))",
  ]);
  const { recording } = await recordScript(path);
  for (const run of recording.runs) {
    assert.equal(run.pids.children.length, 1);
    const [child] = run.pids.children;
    assert.equal(run.stdout, `main ${run.pids.main}\nchild ${child} of ${run.pids.main}\njoined ${child}, exit 0\n`);
    assert.deepEqual(compareRun(recording, run).problems, []);
    // One child, alive for a while within the run. (Where the lines fall relative
    // to it depends on how promptly the reader ran: see readLagMs.)
    const [busyStart, busyEnd] = run.busyMs!;
    assert.equal(run.busyMs!.length, 2);
    // (parseBusyIntervals clamps an exit logged at or before its start to the start: equal on a busy machine.)
    assert.ok(0 < busyStart && busyStart <= busyEnd && busyEnd < run.stdoutTimes![2] + run.readLagMs! + 1, `busy ${run.busyMs} times ${run.stdoutTimes}`);
    assert.ok(run.readLagMs! >= 0);
  }
  // The child printing the main's pid as its own is caught.
  const run = recording.runs[0];
  const wrong = { ...run, stdout: run.stdout.replace(`child ${run.pids.children[0]}`, `child ${run.pids.main}`) };
  assert.equal(compareRun(recording, wrong).ok, false);
});

test("a thread counts as concurrency; runs that fail against the others are warned about", async () => {
  const path = script("thread_random.py", [
    "import random, threading",
    "t = threading.Thread(target=lambda: print('in thread'))",
    "t.start()",
    "t.join()",
    "print('lucky ' + ''.join(random.choice('abcdefghij') for _ in range(4)))",
  ]);
  const { recording, warnings } = await recordScript(path);
  assert.ok(recording.runs.every((run) => run.pids.threads === 1 && run.pids.children.length === 0));
  const values = new Set(recording.runs.map((run) => run.stdout));
  // Three draws of 10,000 words are all alike once in 10^8 recordings; then there is nothing to warn about.
  if (values.size > 1) assert.match(warnings.join("\n"), /run [0-9] fails against the other runs .*lucky/);
});

test("args and stdin come from the header", async () => {
  const path = script("echo.py", ['# py2ts: runs=1 args=["a b", "c"] stdin="x\\ny\\n"', "import sys", "print(sys.argv)", "print(repr(sys.stdin.read()))"]);
  const { recording } = await recordScript(path);
  assert.equal(recording.runs[0].stdout, "['echo.py', 'a b', 'c']\n'x\\ny\\n'\n");
});

test("a run that exceeds its timeout is a recording error, and its processes are killed", async () => {
  // A unique name: the recorder runs `python <name>`, and pgrep looks for it afterwards.
  const name = `slow_${process.pid}_${Date.now()}.py`;
  const path = script(name, ["# py2ts: runs=1 timeout=0.5", "import os, time", "if os.fork() == 0:", "    time.sleep(30)", "time.sleep(30)"]);
  await assert.rejects(recordScript(path), (error) => error instanceof RecordingError && /timed out after 0\.5 s/.test(error.message));
  const survivors = spawnSync("pgrep", ["-f", name]);
  assert.equal(survivors.stdout.toString(), "", "no process of the script survives");
});

test("the CLI records missing recordings, skips up-to-date ones, --force re-records", () => {
  const cli = join(dirname(fileURLToPath(import.meta.url)), "record.js");
  const sub = join(dir, "cli");
  mkdirSync(sub);
  const path = join(sub, "tiny.py");
  writeFileSync(path, "# py2ts: runs=1\nprint(1)\n");
  const first = spawnSync(process.execPath, [cli, sub], { encoding: "utf8" });
  assert.equal(first.status, 0, first.stderr);
  // On a busy machine the recorder adds a warning line under the script's line; it is not the CLI's business here.
  assert.match(first.stdout, /tiny\.py: py3 \(Python 3\.11\.7\), 1 runs, exit 0, [0-9]+-[0-9]+ ms\n(  warning: .*\n)*record: 1 recorded, 0 up to date\n/);
  assert.equal(loadRecording(recordingPathFor(path)).runs[0].stdout, "1\n");
  const second = spawnSync(process.execPath, [cli, sub], { encoding: "utf8" });
  assert.match(second.stdout, /record: 0 recorded, 1 up to date/);
  const forced = spawnSync(process.execPath, [cli, "--force", path], { encoding: "utf8" });
  assert.match(forced.stdout, /record: 1 recorded, 0 up to date/);
});
