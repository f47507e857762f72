// Matches the lines of an actual run to the identities of a recorded stream model
// (streamModel.ts) and reports missing lines, extra lines and numbers that do not
// compare; order and process ids are checked on the result (order.ts, pidCheck.ts).

import { formatInterval, toleranceInterval } from "./numbers.js";
import { allPids, type PidSet } from "./pidLog.js";
import {
  lineKey,
  readStreamLines,
  recordedFields,
  recordedLine,
  type Identity,
  type StreamLine,
  type StreamModel,
} from "./streamModel.js";
import type { NumberField } from "./tokens.js";
import { quote } from "./report.js";

export interface StreamMatch {
  readonly lines: readonly StreamLine[];
  /** Per actual line, the identity it matched, or null for an extra line. */
  readonly identities: readonly (Identity | null)[];
}

export function matchStream(model: StreamModel, actualText: string): StreamMatch {
  const lines = readStreamLines({ text: actualText }, model, model.wholeLines);
  const seen = new Map<string, number>();
  const identities = lines.map((line): Identity | null => {
    const group = model.groups.get(line.skeleton);
    if (!group) return null;
    const key = lineKey(line, group);
    const info = model.keys.get(key);
    if (!info) return null;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return k < info.max ? info.identities[k] : null;
  });
  return { lines, identities };
}

/**
 * Missing and extra lines. An extra line is reported together with the missing
 * line it most likely replaces: one of the same shape, else one expected right
 * after the same line, else one that looks alike.
 */
export function lineCountProblems(model: StreamModel, match: StreamMatch): string[] {
  const matched = new Set(match.identities.filter((i) => i !== null).map((i) => i.id));
  const anchors = new Anchors(model, match);
  const missing: Identity[] = [];
  for (const info of model.keys.values()) {
    for (let k = 0; k < info.min; k++) if (!matched.has(info.identities[k].id)) missing.push(info.identities[k]);
  }
  missing.sort((a, b) => firstPosition(a) - firstPosition(b));
  const problems: string[] = [];
  let previous = -1;
  let paired = 0;
  match.lines.forEach((line, i) => {
    if (match.identities[i] !== null) {
      previous = i;
      return;
    }
    // Only the first problems are shown; pairing the rest would cost time for nothing.
    const partner = paired++ < MAX_PAIRED ? mostLikely(line, previous, missing, model, anchors) : null;
    const where = `${model.stream} line ${line.lineNo}`;
    if (partner) {
      missing.splice(missing.indexOf(partner), 1);
      const { run, line: expected } = recordedLine(partner, model.runs);
      problems.push(`${where}: expected ${quote(expected.text)} (recorded run ${run + 1} line ${expected.lineNo}), got ${quote(line.text)}`);
    } else {
      problems.push(`${where}: unexpected line ${quote(line.text)} (${whyExtra(line, model)})`);
    }
  });
  for (const identity of missing) {
    const { run, line } = recordedLine(identity, model.runs);
    const anchor = anchors.of(identity);
    const context =
      anchor === -1
        ? "; expected at the start"
        : `; expected after ${model.stream} line ${match.lines[anchor].lineNo} ${quote(match.lines[anchor].text)}`;
    problems.push(`${model.stream}: missing line ${quote(line.text)} (recorded run ${run + 1} line ${line.lineNo}${context})`);
  }
  return problems;
}

/** Extra lines paired with a missing one; the rest are reported as they are. */
const MAX_PAIRED = 50;

/** Where a recorded line belongs in the actual output: after the actual line matching its nearest matched predecessor. */
class Anchors {
  /** Per run: recorded line index → actual line index. */
  private readonly _actualIndex: Map<number, number>[];
  /** Identity id → its anchor, computed once. */
  private readonly _cache = new Map<number, number>();

  constructor(
    private readonly _model: StreamModel,
    match: StreamMatch,
  ) {
    this._actualIndex = _model.runs.map(() => new Map<number, number>());
    match.identities.forEach((identity, i) => {
      identity?.lineIndex.forEach((index, run) => {
        if (index >= 0) this._actualIndex[run].set(index, i);
      });
    });
  }

  /** The actual line index the identity should follow; -1 for the start. */
  of(identity: Identity): number {
    let anchor = this._cache.get(identity.id);
    if (anchor === undefined) {
      anchor = -1;
      const { run } = recordedLine(identity, this._model.runs);
      for (let index = identity.lineIndex[run] - 1; index >= 0; index--) {
        const actual = this._actualIndex[run].get(index);
        if (actual !== undefined) {
          anchor = actual;
          break;
        }
      }
      this._cache.set(identity.id, anchor);
    }
    return anchor;
  }
}

/** Numbers in matched lines: process ids, exact numbers, tolerances, printed decimals. */
export function numberProblems(model: StreamModel, match: StreamMatch, actualPids: PidSet): string[] {
  const problems: string[] = [];
  const knownPids = allPids(actualPids);
  match.lines.forEach((line, i) => {
    const identity = match.identities[i];
    if (!identity) return;
    const where = `${model.stream} line ${line.lineNo} ${quote(line.text)}`;
    identity.group.kinds.forEach((kind, j) => {
      const actual = line.fields[j];
      const recorded = recordedFields(identity, j, model.runs);
      const shown = [...new Set(recorded.map((f) => f.text))].join(", ");
      if (kind === "pid" && !knownPids.has(actual.value)) {
        problems.push(`${where}: ${actual.text} is in the place of a process id, but this run logged no such process`);
      } else if (kind === "exact" && actual.text !== recorded[0].text) {
        problems.push(`${where}: number ${actual.text} should be ${recorded[0].text} (every recorded run prints ${recorded[0].text})`);
      } else if (kind === "tolerance") {
        const interval = toleranceInterval(recorded);
        if (actual.value < interval.low || actual.value > interval.high) {
          problems.push(`${where}: ${actual.text} is outside ${formatInterval(interval)} (recorded ${shown})`);
        } else if (isFixedFormat(recorded) && actual.decimals !== recorded[0].decimals) {
          problems.push(`${where}: ${actual.text} has ${actual.decimals} decimals, every recorded run prints ${recorded[0].decimals} (${shown})`);
        }
      }
    });
  });
  return problems;
}

/**
 * Numbers printed with a fixed number of decimals (`%.2f`): every recorded value
 * has the same count and fewer than 12 significant digits, which a shortest-repr
 * float of a measurement (`2.0021457672119141`) would not have.
 */
function isFixedFormat(recorded: readonly NumberField[]): boolean {
  const digits = (f: NumberField) => f.text.replace(/^-?[0.]*/, "").replace(".", "").length;
  return recorded.every((f) => f.decimals === recorded[0].decimals && digits(f) < 12);
}

function firstPosition(identity: Identity): number {
  const run = identity.lineIndex.findIndex((index) => index >= 0);
  return run * 1e9 + identity.lineIndex[run];
}

function mostLikely(
  line: StreamLine,
  previous: number,
  candidates: readonly Identity[],
  model: StreamModel,
  anchors: Anchors,
): Identity | null {
  let best: Identity | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const expected = recordedLine(candidate, model.runs).line;
    const similarity = commonEnds(expected.text, line.text);
    let score = similarity >= Math.min(line.text.length, expected.text.length, 8) ? similarity : 0;
    if (anchors.of(candidate) === previous) score += 10_000;
    if (expected.skeleton === line.skeleton) score += 100_000;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function commonEnds(a: string, b: string): number {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return prefix + suffix;
}

function whyExtra(line: StreamLine, model: StreamModel): string {
  const group = model.groups.get(line.skeleton);
  if (!group) return "no recorded run prints a line like it";
  const info = model.keys.get(lineKey(line, group));
  if (!info) return "no recorded run prints it with these numbers";
  return info.max === 1 ? "recorded runs print it once" : `recorded runs print it at most ${info.max} times`;
}
