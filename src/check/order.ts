// The interleaving rule: if every recorded run that prints both of two lines prints
// them in the same order, the actual run must too; an order the runs disagree on
// is free. A pair needs at least MIN_WITNESSES runs printing both (fewer when the
// recording has fewer runs), so a line that only one run printed constrains nothing.

import { quote } from "./report.js";
import type { Identity, StreamModel } from "./streamModel.js";
import type { StreamMatch } from "./streamMatch.js";

const MIN_WITNESSES = 2;

/** True when every witnessing run prints `first` before `second`. */
export function alwaysBefore(first: Identity, second: Identity, runCount: number): boolean {
  let witnesses = 0;
  for (let run = 0; run < runCount; run++) {
    const a = first.lineIndex[run];
    const b = second.lineIndex[run];
    if (a < 0 || b < 0) continue;
    if (a > b) return false;
    witnesses++;
  }
  return witnesses >= Math.min(MIN_WITNESSES, runCount);
}

/**
 * For each actual line printed too early, one problem naming the first earlier
 * line that every recorded run prints after it. Quadratic in the number of lines,
 * which is fine for program outputs of a few thousand lines.
 */
export function orderProblems(model: StreamModel, match: StreamMatch): string[] {
  const problems: string[] = [];
  const runCount = model.runs.length;
  const matched = match.identities.flatMap((identity, index) => (identity ? [{ identity, index }] : []));
  for (let j = 0; j < matched.length; j++) {
    const late = matched[j];
    for (let i = 0; i < j; i++) {
      const early = matched[i];
      if (alwaysBefore(late.identity, early.identity, runCount)) {
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
