// The golden comparator: does one actual run print what CPython printed, up to
// what legitimately varies between CPython runs of the same program? Used by the
// `check` command and the golden tests. The rules and their reasons are in
// docs/architecture.md §6; each rule lives in its own module.

import { splitLines } from "./lines.js";
import { OrderModel, orderProblems, runTimings } from "./order.js";
import { pidProblems } from "./pidCheck.js";
import type { PidSet } from "./pidLog.js";
import type { Recording } from "./recording.js";
import { limitProblems } from "./report.js";
import { buildStreamModel, type StreamName } from "./streamModel.js";
import { lineCountProblems, matchStream, numberProblems } from "./streamMatch.js";

export interface ActualRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly durationMs: number;
  /** From the PY2TS_PID_LOG file the run wrote (pidLog.ts). */
  readonly pids: PidSet;
}

export interface CompareResult {
  readonly ok: boolean;
  /** Human-readable, one per problem, most important first. */
  readonly problems: readonly string[];
}

/** An actual run may take this fraction of the fastest recorded run, less the slack ... */
export const MIN_DURATION_FRACTION = 0.8;
export const MIN_DURATION_SLACK_MS = 200;
/** ... and at most this multiple of the slowest, plus the slack (startup differs). */
export const MAX_DURATION_FACTOR = 3;
export const MAX_DURATION_SLACK_MS = 10_000;

const MAX_PROBLEMS_PER_SECTION = 10;

export function compareRun(recording: Recording, actual: ActualRun): CompareResult {
  const problems = [
    ...exitCodeProblems(recording, actual),
    ...streamProblems(recording, actual, "stdout"),
    ...streamProblems(recording, actual, "stderr"),
    ...durationProblems(recording, actual),
  ];
  return { ok: problems.length === 0, problems };
}

function exitCodeProblems(recording: Recording, actual: ActualRun): string[] {
  const codes = [...new Set(recording.runs.map((r) => r.exitCode))];
  if (codes.includes(actual.exitCode)) return [];
  return [`exit code ${actual.exitCode}, CPython exits with ${codes.join(" or ")}`];
}

function durationProblems(recording: Recording, actual: ActualRun): string[] {
  const durations = recording.runs.map((r) => r.durationMs);
  const fastest = Math.min(...durations);
  const slowest = Math.max(...durations);
  const low = fastest * MIN_DURATION_FRACTION - MIN_DURATION_SLACK_MS;
  const high = slowest * MAX_DURATION_FACTOR + MAX_DURATION_SLACK_MS;
  const ms = (v: number) => `${Math.round(v)} ms`;
  if (actual.durationMs < low) {
    return [`ran for ${ms(actual.durationMs)}, but the fastest recorded run took ${ms(fastest)} (at least ${ms(low)} expected: did a sleep or wait not happen?)`];
  }
  if (actual.durationMs > high) {
    return [`ran for ${ms(actual.durationMs)}, but the slowest recorded run took ${ms(slowest)} (at most ${ms(high)} allowed)`];
  }
  return [];
}

function streamProblems(recording: Recording, actual: ActualRun, stream: StreamName): string[] {
  const streams = recording.runs.map((r) => ({ text: r[stream], times: r[`${stream}Times`] }));
  const patterns = {
    free: recording.freeNumbers.map((p) => new RegExp(p)),
    timing: recording.timingNumbers.map((p) => new RegExp(p)),
    unordered: recording.unorderedLines.map((p) => new RegExp(p)),
  };
  const context = { stream, dialect: recording.dialect, scriptName: recording.script };
  const model = buildStreamModel(streams, recording.runs.map((r) => r.pids), context, patterns);
  const order = new OrderModel(
    model,
    runTimings(
      model,
      recording.runs.map((r) => r.busyMs),
      recording.runs.map((r) => r.readLagMs),
    ),
  );
  const match = matchStream(model, actual[stream]);
  const sections = [
    lineCountProblems(model, match),
    numberProblems(model, match, actual.pids),
    orderProblems(model, match, order),
    pidProblems(model, match, actual.pids),
    newlineProblems(streams.map((s) => s.text), actual[stream], stream),
  ];
  return sections.flatMap((section) => limitProblems(section, MAX_PROBLEMS_PER_SECTION));
}

/** A missing final newline matters only when every recorded run agrees on it. */
function newlineProblems(recorded: readonly string[], actual: string, stream: StreamName): string[] {
  const endings = recorded.map((t) => splitLines(t).endsWithNewline);
  const actualEnding = splitLines(actual).endsWithNewline;
  if (endings.some((e) => e !== endings[0]) || actualEnding === endings[0]) return [];
  return [actualEnding ? `${stream} ends with a newline, CPython's does not` : `${stream} does not end with a newline, CPython's does`];
}
