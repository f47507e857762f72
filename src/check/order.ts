// The interleaving rule. If every recorded run that prints both of two lines
// prints them in the same order, the actual run must too; an order the runs
// disagree on is free. A pair needs at least MIN_WITNESSES runs printing both
// (fewer when the recording has fewer runs).
//
// With three runs, lines that processes print at the same moment often agree by
// chance (two workers waking from the same sleep), and a fourth CPython run would
// fail. So where recorded runs show interleaving, an order is enforced only when
// it is also robust in time:
//   - a *concurrent stretch* of a run is the time around two lines whose order the
//     runs disagree on, widened by CONCURRENT_MARGIN_MS;
//   - a pair with a line in a concurrent stretch (of any run) is enforced only if
//     every witnessing run printed them at least CONCURRENT_MARGIN_MS apart.
// Lines outside concurrent stretches (all of a sequential program) keep every
// agreed order. Recordings without line times (built in code) keep every one too.

import { quote } from "./report.js";
import type { Identity, StreamModel } from "./streamModel.js";
import type { StreamMatch } from "./streamMatch.js";

const MIN_WITNESSES = 2;
export const CONCURRENT_MARGIN_MS = 20;

export class OrderModel {
  private readonly _runCount: number;
  /** Per run, per identity id: when its line was read, or null (absent or untimed). */
  private readonly _times: (number | null)[][];
  /** Identity ids with a line in a concurrent stretch of some run. */
  private readonly _concurrent = new Set<number>();

  constructor(private readonly _model: StreamModel) {
    this._runCount = _model.runs.length;
    this._times = _model.runs.map((lines, run) =>
      _model.identities.map((identity) => {
        const index = identity.lineIndex[run];
        return index < 0 ? null : lines[index].timeMs;
      }),
    );
    this._findConcurrentStretches();
  }

  /** Must `first` be printed before `second`? */
  mustPrecede(first: Identity, second: Identity): boolean {
    let witnesses = 0;
    const concurrent = this._concurrent.has(first.id) || this._concurrent.has(second.id);
    for (let run = 0; run < this._runCount; run++) {
      const a = first.lineIndex[run];
      const b = second.lineIndex[run];
      if (a < 0 || b < 0) continue;
      if (a > b) return false;
      if (concurrent) {
        const ta = this._times[run][first.id];
        const tb = this._times[run][second.id];
        if (ta !== null && tb !== null && tb - ta < CONCURRENT_MARGIN_MS) return false;
      }
      witnesses++;
    }
    return witnesses >= Math.min(MIN_WITNESSES, this._runCount);
  }

  private _findConcurrentStretches(): void {
    const identities = this._model.identities;
    const timed = this._times.every((times, run) => identities.every((identity, id) => identity.lineIndex[run] < 0 || times[id] !== null));
    if (!timed) return;
    // Per run, the stretches [earliest, latest] spanned by disputed pairs.
    const stretches: [number, number][][] = this._model.runs.map(() => []);
    for (let p = 0; p < identities.length; p++) {
      for (let q = p + 1; q < identities.length; q++) {
        if (!this._disputed(identities[p], identities[q])) continue;
        for (let run = 0; run < this._runCount; run++) {
          const tp = this._times[run][p];
          const tq = this._times[run][q];
          if (tp !== null && tq !== null) stretches[run].push([Math.min(tp, tq) - CONCURRENT_MARGIN_MS, Math.max(tp, tq) + CONCURRENT_MARGIN_MS]);
        }
      }
    }
    stretches.forEach((list, run) => {
      const merged = mergeIntervals(list);
      identities.forEach((_, id) => {
        const t = this._times[run][id];
        if (t !== null && merged.some(([low, high]) => low <= t && t <= high)) this._concurrent.add(id);
      });
    });
  }

  private _disputed(p: Identity, q: Identity): boolean {
    let before = false;
    let after = false;
    for (let run = 0; run < this._runCount; run++) {
      const a = p.lineIndex[run];
      const b = q.lineIndex[run];
      if (a < 0 || b < 0) continue;
      if (a < b) before = true;
      else after = true;
    }
    return before && after;
  }
}

function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1]) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

/**
 * For each actual line printed too early, one problem naming the first earlier
 * line that must follow it. Quadratic in the number of lines, which is fine for
 * program outputs of a few thousand lines.
 */
export function orderProblems(model: StreamModel, match: StreamMatch): string[] {
  const order = new OrderModel(model);
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
