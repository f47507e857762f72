// Builds small recordings in code for the comparator's unit tests (never runs CPython).

import type { Dialect } from "../parse/ast.js";
import type { ActualRun } from "./compare.js";
import type { PidSet } from "./pidLog.js";
import type { RecordedRun, Recording } from "./recording.js";

export interface RunSpec {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
  readonly durationMs?: number;
  /** main, then children; the parent is always 4000. */
  readonly pids?: readonly number[];
  /** Threads the program started (a recording with threads or children is concurrent). */
  readonly threads?: number;
}

export function pidSet(pids: readonly number[] = [4100], threads = 0): PidSet {
  return { main: pids[0], parent: 4000, children: [...pids.slice(1)].sort((a, b) => a - b), threads };
}

export function makeRun(spec: RunSpec): RecordedRun {
  return {
    exitCode: spec.exitCode ?? 0,
    durationMs: spec.durationMs ?? 1000,
    pids: pidSet(spec.pids, spec.threads),
    stdout: spec.stdout ?? "",
    stderr: spec.stderr ?? "",
  };
}

export function makeRecording(
  runs: readonly RunSpec[],
  options: { dialect?: Dialect; script?: string; freeNumbers?: string[]; timingNumbers?: string[]; unorderedLines?: string[] } = {},
): Recording {
  return {
    script: options.script ?? "x.py",
    sha256: "0".repeat(64),
    dialect: options.dialect ?? "py3",
    python: options.dialect === "py2" ? "2.7.18" : "3.11.7",
    args: [],
    stdin: "",
    timeoutSeconds: 60,
    freeNumbers: options.freeNumbers ?? [],
    timingNumbers: options.timingNumbers ?? [],
    unorderedLines: options.unorderedLines ?? [],
    runs: runs.map(makeRun),
  };
}

export function makeActual(spec: RunSpec): ActualRun {
  return makeRun(spec);
}

/** Lines joined with "\n" and a final newline, as print produces them. */
export function lines(...text: string[]): string {
  return text.map((t) => t + "\n").join("");
}
