// Aligns the lines of several recorded runs of one stream (stdout or stderr) and
// decides, for every number in them, how an actual run's number is compared.
//
// Alignment, in order:
// 1. Lines are grouped by skeleton (text with numbers masked, reprs canonical).
// 2. Each number position ("field") of a group is classified over all runs:
//    - pid:   every value, in every run, is a process id that run logged;
//    - label: the multiset of its texts is the same in every run that prints the
//             group (loop indexes, process numbers, seeded results);
//    - otherwise a measurement, classified after step 4.
// 3. A line's key is its skeleton plus its label texts; the k-th line with a key
//    in one run is aligned with the k-th line with that key in every other run
//    (an *identity*). Keys separate `Process 0 took 1.02` from `Process 1 took
//    1.05` however the runs interleave them.
// 4. Measurement fields: identical at every identity → exact; some identity's
//    values spread by more than FREE_RELATIVE_SPREAD → free; else tolerance.
//    `free=` header patterns make every non-pid field of matching groups free;
//    `timing=` patterns make decimal fields of matching groups tolerance fields
//    (never label or exact), so a timing that happened to print the same value
//    in every recorded run still only has to be close.

import type { Dialect } from "../parse/ast.js";
import { repairTornLines, splitLines, type WholeLines } from "./lines.js";
import { FREE_RELATIVE_SPREAD, relativeSpread } from "./numbers.js";
import { allPids, type PidSet } from "./pidLog.js";
import { canonicalizeReprs } from "./reprs.js";
import { FIELD_MARK, tokenizeLine, type NumberField } from "./tokens.js";
import { stderrLogicalLines, type LogicalLine } from "./traceback.js";

export type StreamName = "stdout" | "stderr";

export interface StreamLine {
  /** As printed (a traceback is one multi-line entry with library frames dropped). */
  readonly text: string;
  readonly lineNo: number;
  /** When it was read (ms from the start), if the recording has line times. */
  readonly timeMs: number | null;
  readonly skeleton: string;
  readonly fields: readonly NumberField[];
}

export type FieldKind = "pid" | "label" | "exact" | "tolerance" | "free";

export interface LineGroup {
  readonly skeleton: string;
  readonly kinds: readonly FieldKind[];
  /** A `free=` pattern matches its lines: numbers are free and pids only need the right role. */
  readonly free: boolean;
  /** A `timing=` pattern matches its lines. */
  readonly timing: boolean;
  /** An `unordered=` pattern matches its lines: no order among such lines. */
  readonly unordered: boolean;
}

/** The header's `free=`, `timing=` and `unordered=` patterns. */
export interface LinePatterns {
  readonly free: readonly RegExp[];
  readonly timing: readonly RegExp[];
  readonly unordered: readonly RegExp[];
}

/** One line as aligned across the recorded runs. */
export interface Identity {
  readonly id: number;
  readonly key: string;
  /** Occurrence number of the key within a run. */
  readonly k: number;
  readonly group: LineGroup;
  /** Per recorded run, the index of this line in the run's lines, or -1 if the run lacks it. */
  readonly lineIndex: readonly number[];
}

export interface KeyInfo {
  /** Identities by occurrence number. */
  readonly identities: readonly Identity[];
  /** Fewest and most occurrences in one recorded run. */
  readonly min: number;
  readonly max: number;
}

export interface StreamModel {
  readonly stream: StreamName;
  readonly dialect: Dialect;
  readonly scriptName: string;
  readonly runs: readonly (readonly StreamLine[])[];
  readonly pids: readonly PidSet[];
  readonly groups: ReadonlyMap<string, LineGroup>;
  readonly keys: ReadonlyMap<string, KeyInfo>;
  readonly identities: readonly Identity[];
  /** Skeletons recorded runs print as whole lines (for torn-line repair). */
  readonly wholeLines: WholeLines;
}

export interface StreamContext {
  readonly stream: StreamName;
  readonly dialect: Dialect;
  readonly scriptName: string;
}

/** One recorded or actual stream: its text and, if known, each line's read time. */
export interface StreamText {
  readonly text: string;
  readonly times?: readonly number[];
}

/** Stream text → logical lines → canonical, tokenized lines. */
export function readStreamLines(stream: StreamText, context: StreamContext, wholeLines: WholeLines | null): StreamLine[] {
  const { text, times } = stream;
  const { lines } = splitLines(text);
  let logical: LogicalLine[] =
    context.stream === "stderr" ? stderrLogicalLines(lines, context.scriptName) : lines.map((t, i) => ({ text: t, lineNo: i + 1 }));
  if (wholeLines) logical = repairTornLines(logical, wholeLines);
  return logical.map((line) => {
    const { skeleton, fields } = tokenizeLine(canonicalizeReprs(line.text, context.dialect));
    return { text: line.text, lineNo: line.lineNo, timeMs: times?.[line.lineNo - 1] ?? null, skeleton, fields };
  });
}

export function buildStreamModel(
  texts: readonly StreamText[],
  pids: readonly PidSet[],
  context: StreamContext,
  patterns: LinePatterns,
): StreamModel {
  const firstPass = texts.map((t) => readStreamLines(t, context, null));
  const perRun = firstPass.map((run) => new Set(run.map((l) => l.skeleton)));
  const some = new Set(perRun.flatMap((skeletons) => [...skeletons]));
  const every = new Set([...some].filter((s) => perRun.every((skeletons) => skeletons.has(s))));
  const wholeLines = { every, some };
  const runs = texts.map((t) => readStreamLines(t, context, wholeLines));

  const pidSets = pids.map(allPids);
  const groups = new Map<string, LineGroup>();
  for (const [skeleton, occurrences] of occurrencesBySkeleton(runs)) {
    const matches = (list: readonly RegExp[]) => occurrences.some((o) => list.some((p) => p.test(runs[o.run][o.index].text)));
    const free = matches(patterns.free);
    const timing = matches(patterns.timing);
    const unordered = matches(patterns.unordered);
    groups.set(skeleton, { skeleton, kinds: classifyFields(occurrences, runs, pidSets, free, timing), free, timing, unordered });
  }
  const { keys, identities } = alignIdentities(runs, groups);
  for (const group of groups.values()) classifyMeasurements(group, identities, runs);
  return { ...context, runs, pids, groups, keys, identities, wholeLines };
}

/** The key under which a line is aligned: its skeleton plus its label fields. */
export function lineKey(line: StreamLine, group: LineGroup): string {
  const labels = line.fields.filter((_, j) => group.kinds[j] === "label").map((f) => f.text);
  return [line.skeleton, ...labels].join("\u0002");
}

interface Occurrence {
  readonly run: number;
  readonly index: number;
}

function occurrencesBySkeleton(runs: readonly (readonly StreamLine[])[]): Map<string, Occurrence[]> {
  const bySkeleton = new Map<string, Occurrence[]>();
  runs.forEach((lines, run) =>
    lines.forEach((line, index) => {
      let list = bySkeleton.get(line.skeleton);
      if (!list) bySkeleton.set(line.skeleton, (list = []));
      list.push({ run, index });
    }),
  );
  return bySkeleton;
}

/** Step 2: pid, label, or tolerance (refined in step 4) for every field of one group. */
function classifyFields(
  occurrences: readonly Occurrence[],
  runs: readonly (readonly StreamLine[])[],
  pidSets: readonly ReadonlySet<number>[],
  free: boolean,
  timing: boolean,
): FieldKind[] {
  const first = runs[occurrences[0].run][occurrences[0].index];
  return first.fields.map((_, j): FieldKind => {
    const isPid = occurrences.every((o) => {
      const field = runs[o.run][o.index].fields[j];
      return field.shape === "int" && pidSets[o.run].has(field.value);
    });
    if (isPid) return "pid";
    if (free) return "free";
    if (timing && isDecimal(first.skeleton, j)) return "tolerance";
    const multisets = new Map<number, string[]>();
    for (const o of occurrences) {
      let texts = multisets.get(o.run);
      if (!texts) multisets.set(o.run, (texts = []));
      texts.push(runs[o.run][o.index].fields[j].text);
    }
    const sorted = [...multisets.values()].map((texts) => texts.sort().join("\u0000"));
    return sorted.every((s) => s === sorted[0]) ? "label" : "tolerance";
  });
}

/** Step 3: the k-th line with a key in each run becomes one identity. */
function alignIdentities(
  runs: readonly (readonly StreamLine[])[],
  groups: ReadonlyMap<string, LineGroup>,
): { keys: Map<string, KeyInfo>; identities: Identity[] } {
  const identities: Identity[] = [];
  const byKey = new Map<string, Identity[]>();
  const counts = new Map<string, number[]>();
  runs.forEach((lines, run) => {
    lines.forEach((line, index) => {
      const group = groups.get(line.skeleton)!;
      const key = lineKey(line, group);
      let perRun = counts.get(key);
      if (!perRun) counts.set(key, (perRun = new Array<number>(runs.length).fill(0)));
      const k = perRun[run]++;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      if (k === list.length) {
        const identity: Identity = { id: identities.length, key, k, group, lineIndex: new Array<number>(runs.length).fill(-1) };
        identities.push(identity);
        list.push(identity);
      }
      (list[k].lineIndex as number[])[run] = index;
    });
  });
  const keys = new Map<string, KeyInfo>();
  for (const [key, list] of byKey) {
    const perRun = counts.get(key)!;
    keys.set(key, { identities: list, min: Math.min(...perRun), max: Math.max(...perRun) });
  }
  return { keys, identities };
}

/** Step 4: exact, tolerance or free for the measurement fields of a group. */
function classifyMeasurements(group: LineGroup, identities: readonly Identity[], runs: readonly (readonly StreamLine[])[]): void {
  const kinds = group.kinds as FieldKind[];
  const members = identities.filter((identity) => identity.group === group);
  kinds.forEach((kind, j) => {
    if (kind !== "tolerance") return;
    let varies = false;
    let widest = 0;
    for (const identity of members) {
      const fields = recordedFields(identity, j, runs);
      if (fields.some((f) => f.text !== fields[0].text)) varies = true;
      widest = Math.max(widest, relativeSpread(fields.map((f) => f.value)));
    }
    if (widest > FREE_RELATIVE_SPREAD) kinds[j] = "free";
    else if (!varies && !(group.timing && isDecimal(group.skeleton, j))) kinds[j] = "exact";
  });
}

/** Is field j of lines with this skeleton a decimal or exponent number (a float)? */
function isDecimal(skeleton: string, j: number): boolean {
  const shape = skeleton.split(FIELD_MARK)[j + 1][0];
  return shape === "d" || shape === "e";
}

/** Field j of an identity in every recorded run that prints it. */
export function recordedFields(identity: Identity, j: number, runs: readonly (readonly StreamLine[])[]): NumberField[] {
  const fields: NumberField[] = [];
  identity.lineIndex.forEach((index, run) => {
    if (index >= 0) fields.push(runs[run][index].fields[j]);
  });
  return fields;
}

/** The recorded text of an identity, from the first run that prints it. */
export function recordedLine(identity: Identity, runs: readonly (readonly StreamLine[])[]): { run: number; line: StreamLine } {
  const run = identity.lineIndex.findIndex((index) => index >= 0);
  return { run, line: runs[run][identity.lineIndex[run]] };
}
