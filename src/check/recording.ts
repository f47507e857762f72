// The recording file `corpus/<group>/<name>.expected.json`: what CPython printed in
// several runs of one script (written by tools/record.ts, read by the comparator).
// The file is pretty JSON with a fixed key order and no timestamps, and stores each
// stream as an array of lines, so re-recording gives a reviewable diff.

import { readFileSync } from "node:fs";
import type { Dialect } from "../parse/ast.js";
import type { PidSet } from "./pidLog.js";

export const RECORDING_FORMAT = 1;

export interface RecordedRun {
  readonly exitCode: number;
  readonly durationMs: number;
  readonly pids: PidSet;
  readonly stdout: string;
  readonly stderr: string;
  /**
   * Milliseconds from the start at which each line of the stream (each "\n") was
   * read; absent in recordings built in code, where every agreed order counts.
   */
  readonly stdoutTimes?: readonly number[];
  readonly stderrTimes?: readonly number[];
  /**
   * When a child process or a thread was alive (ms from the start), as flattened
   * [start, end] pairs; outside them CPython ran only the main thread.
   */
  readonly busyMs?: readonly number[];
  /** The recorder's longest wake-up delay: a line may have been written up to this long before its time. */
  readonly readLagMs?: number;
}

export interface Recording {
  /** The script's bare file name, as CPython was invoked (`python name.py`). */
  readonly script: string;
  /** sha256 (hex) of the script's bytes when it was recorded. */
  readonly sha256: string;
  readonly dialect: Dialect;
  /** The recording interpreter's version, "2.7.18" / "3.11.7". */
  readonly python: string;
  readonly args: readonly string[];
  /** Text fed on stdin (a pipe); "" means immediate end of file. */
  readonly stdin: string;
  readonly timeoutSeconds: number;
  /** `free=` regular expressions from the script header (see scriptOptions.ts). */
  readonly freeNumbers: readonly string[];
  /** `timing=` regular expressions from the script header. */
  readonly timingNumbers: readonly string[];
  /** `unordered=` regular expressions from the script header. */
  readonly unorderedLines: readonly string[];
  readonly runs: readonly RecordedRun[];
}

/** `corpus/g/name.py` → `corpus/g/name.expected.json`. */
export function recordingPathFor(scriptPath: string): string {
  return scriptPath.replace(/\.py$/, "") + ".expected.json";
}

/** Serialises with a fixed key order; a stream is stored as `text.split("\n")`. */
export function formatRecording(recording: Recording): string {
  const file = {
    format: RECORDING_FORMAT,
    script: recording.script,
    sha256: recording.sha256,
    dialect: recording.dialect,
    python: recording.python,
    args: recording.args,
    stdin: recording.stdin,
    timeoutSeconds: recording.timeoutSeconds,
    freeNumbers: recording.freeNumbers,
    timingNumbers: recording.timingNumbers,
    unorderedLines: recording.unorderedLines,
    runs: recording.runs.map((run) => ({
      exitCode: run.exitCode,
      durationMs: run.durationMs,
      pids: { main: run.pids.main, parent: run.pids.parent, children: run.pids.children, threads: run.pids.threads ?? 0 },
      stdout: run.stdout.split("\n"),
      stderr: run.stderr.split("\n"),
      ...(run.stdoutTimes ? { stdoutTimes: run.stdoutTimes } : {}),
      ...(run.stderrTimes ? { stderrTimes: run.stderrTimes } : {}),
      ...(run.busyMs ? { busyMs: run.busyMs } : {}),
      ...(run.readLagMs !== undefined ? { readLagMs: run.readLagMs } : {}),
    })),
  };
  // Arrays of numbers (pids, line times) go on one line each. Only arrays that
  // JSON.stringify laid out over several lines match: a JSON string never holds a
  // raw newline, so output text such as "[    0]" or "[1,2]" is left as printed.
  return JSON.stringify(file, null, 2).replace(/\[\n\s*(-?[0-9.e+-]+(?:,\n\s*-?[0-9.e+-]+)*)\n\s*\]/g, (_, numbers: string) => `[${numbers.split(/,\n\s*/).join(", ")}]`) + "\n";
}

export function parseRecording(json: string, where = "recording"): Recording {
  const file = JSON.parse(json) as Record<string, unknown>;
  const bad = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (file.format !== RECORDING_FORMAT) bad(`unknown format ${JSON.stringify(file.format)} (expected ${RECORDING_FORMAT})`);
  const string = (value: unknown, name: string): string => (typeof value === "string" ? value : bad(`${name} is not a string`));
  const number = (value: unknown, name: string): number => (typeof value === "number" ? value : bad(`${name} is not a number`));
  const strings = (value: unknown, name: string): string[] =>
    Array.isArray(value) && value.every((v) => typeof v === "string") ? value : bad(`${name} is not an array of strings`);
  const dialect = string(file.dialect, "dialect");
  if (dialect !== "py2" && dialect !== "py3") bad(`dialect ${dialect}`);
  if (!Array.isArray(file.runs) || file.runs.length === 0) bad("runs is empty");
  const numbers = (value: unknown, name: string): number[] =>
    Array.isArray(value) && value.every((v) => typeof v === "number") ? value : bad(`${name} is not an array of numbers`);
  const runs = (file.runs as Record<string, unknown>[]).map((run, i): RecordedRun => {
    const pids = (run.pids ?? {}) as Record<string, unknown>;
    const optional = (key: "stdoutTimes" | "stderrTimes" | "busyMs") =>
      run[key] === undefined ? {} : { [key]: numbers(run[key], `runs[${i}].${key}`) };
    return {
      exitCode: number(run.exitCode, `runs[${i}].exitCode`),
      durationMs: number(run.durationMs, `runs[${i}].durationMs`),
      pids: {
        main: number(pids.main, `runs[${i}].pids.main`),
        parent: pids.parent === null ? null : number(pids.parent, `runs[${i}].pids.parent`),
        children: numbers(pids.children, `runs[${i}].pids.children`),
        threads: number(pids.threads, `runs[${i}].pids.threads`),
      },
      stdout: strings(run.stdout, `runs[${i}].stdout`).join("\n"),
      stderr: strings(run.stderr, `runs[${i}].stderr`).join("\n"),
      ...optional("stdoutTimes"),
      ...optional("stderrTimes"),
      ...optional("busyMs"),
      ...(run.readLagMs === undefined ? {} : { readLagMs: number(run.readLagMs, `runs[${i}].readLagMs`) }),
    };
  });
  return {
    script: string(file.script, "script"),
    sha256: string(file.sha256, "sha256"),
    dialect: dialect as Dialect,
    python: string(file.python, "python"),
    args: strings(file.args, "args"),
    stdin: string(file.stdin, "stdin"),
    timeoutSeconds: number(file.timeoutSeconds, "timeoutSeconds"),
    freeNumbers: strings(file.freeNumbers, "freeNumbers"),
    timingNumbers: strings(file.timingNumbers, "timingNumbers"),
    unorderedLines: strings(file.unorderedLines, "unorderedLines"),
    runs,
  };
}

export function loadRecording(path: string): Recording {
  return parseRecording(readFileSync(path, "utf8"), path);
}
