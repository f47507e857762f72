// The interleaving rule. If every recorded run that prints both of two lines
// prints them in the same order, the actual run must too; an order the runs
// disagree on is free. A pair needs at least MIN_WITNESSES runs printing both
// (fewer when the recording has fewer runs).
//
// With a few runs, lines that processes print at about the same moment often
// agree by chance (two children started back to back both print at once), and a
// fresh CPython run would fail. So in a *concurrent* program (a recorded run had a
// child process or a thread) an agreed order is enforced only where it is robust,
// in every witnessing run:
//   - the two lines were printed at least CONCURRENT_MARGIN_MS apart, or
//   - one of them was printed while the program ran only its main thread (no
//     child process or thread alive: the recording's busy intervals), so the
//     other line's printer had not started yet or had already finished.
// Line times are when the recorder read a line, which can be late by up to the
// run's measured read lag; both tests allow for it.
// Sequential programs, and recordings without line times (built in code), keep
// every agreed order. Lines matching the header's `unordered=` patterns have no
// order among themselves.

import { quote } from "./report.js";
import type { Identity, StreamModel } from "./streamModel.js";
import type { StreamMatch } from "./streamMatch.js";

const MIN_WITNESSES = 2;
export const CONCURRENT_MARGIN_MS = 20;

/** Per-run line times and the busy intervals they are tested against. */
export interface RunTiming {
  /** Per identity id: when its line was read (ms from the start), or null if the run lacks it. */
  readonly times: readonly (number | null)[];
  /** Flattened [start, end] pairs when more than the main thread ran; null if unknown. */
  readonly busyMs: readonly number[] | null;
  /** A line may have been written up to this long (ms) before it was read. */
  readonly lagMs: number;
}

export class OrderModel {
  private readonly _runCount: number;
  /** Null for a sequential program or one without line times: every agreed order counts. */
  private readonly _timing: readonly RunTiming[] | null;

  constructor(model: StreamModel, timing: readonly RunTiming[] | null) {
    this._runCount = model.runs.length;
    const concurrent = model.pids.some((pids) => pids.children.length > 0 || (pids.threads ?? 0) > 0);
    this._timing = concurrent ? timing : null;
  }

  /** Must `first` be printed before `second`? */
  mustPrecede(first: Identity, second: Identity): boolean {
    if (first.group.unordered && second.group.unordered) return false;
    let witnesses = 0;
    for (let run = 0; run < this._runCount; run++) {
      const a = first.lineIndex[run];
      const b = second.lineIndex[run];
      if (a < 0 || b < 0) continue;
      if (a > b) return false;
      if (this._timing && !this._robust(this._timing[run], first.id, second.id)) return false;
      witnesses++;
    }
    return witnesses >= Math.min(MIN_WITNESSES, this._runCount);
  }

  private _robust(timing: RunTiming, first: number, second: number): boolean {
    const ta = timing.times[first]!;
    const tb = timing.times[second]!;
    return tb - timing.lagMs - ta >= CONCURRENT_MARGIN_MS || isSingleThreaded(timing, ta) || isSingleThreaded(timing, tb);
  }
}

/** Was the line read at `t` written while only the main thread ran? It was written in [t - lag, t]. */
function isSingleThreaded(timing: RunTiming, t: number): boolean {
  const busy = timing.busyMs;
  if (busy === null) return false;
  for (let i = 0; i < busy.length; i += 2) if (busy[i] <= t && t - timing.lagMs <= busy[i + 1]) return false;
  return true;
}

/** The timing of each recorded run, or null unless every line of every run has a time. */
export function runTimings(
  model: StreamModel,
  busy: readonly (readonly number[] | undefined)[],
  lag: readonly (number | undefined)[],
): RunTiming[] | null {
  const timings = model.runs.map((lines, run) => ({
    times: model.identities.map((identity) => {
      const index = identity.lineIndex[run];
      return index < 0 ? null : lines[index].timeMs;
    }),
    busyMs: busy[run] ?? null,
    lagMs: lag[run] ?? 0,
  }));
  const timed = timings.every((timing, run) =>
    model.identities.every((identity, id) => identity.lineIndex[run] < 0 || timing.times[id] !== null),
  );
  return timed ? timings : null;
}

/**
 * For each actual line printed too early, one problem naming the first earlier
 * line that must follow it. Quadratic in the number of lines, which is fine for
 * program outputs of a few thousand lines.
 */
export function orderProblems(model: StreamModel, match: StreamMatch, order: OrderModel): string[] {
  const problems: string[] = [];
  const matched = match.identities.flatMap((identity, index) => (identity ? [{ identity, index }] : []));
  for (let j = 0; j < matched.length; j++) {
    const late = matched[j];
    for (let i = 0; i < j; i++) {
      const early = matched[i];
      if (order.mustPrecede(late.identity, early.identity)) {
        const lateLine = match.lines[late.index];
        const earlyLine = match.lines[early.index];
        problems.push(
          `${model.stream} line ${lateLine.lineNo} ${quote(lateLine.text)} must come before line ${earlyLine.lineNo} ` +
            `${quote(earlyLine.text)}: every recorded run prints it first`,
        );
        break;
      }
    }
  }
  return problems;
}
