// Does CPython pass against its own recording? A fresh CPython run that the
// comparator rejects means the golden test would fail for reasons that have
// nothing to do with a translation: a timing every recorded run printed alike, a
// random number, an order that held by chance. The recorder reports such runs
// with a hint at the header option that fixes them (src/check/scriptOptions.ts).

import { compareRun } from "../src/check/compare.js";
import type { RecordedRun, Recording } from "../src/check/recording.js";
import { tokenizeLine } from "../src/check/tokens.js";

/**
 * Warnings from two checks: each stored run against a recording of the other
 * stored runs (stricter than the golden test, which uses them all; only with 3 or
 * more runs), and each probe run (recorded but not stored) against the recording.
 */
export function selfCheck(recording: Recording, probes: readonly RecordedRun[]): string[] {
  const warnings: string[] = [];
  if (recording.runs.length >= 3) {
    recording.runs.forEach((run, i) => {
      const others = { ...recording, runs: recording.runs.filter((_, j) => j !== i) };
      const { problems } = compareRun(others, run);
      if (problems.length > 0) warnings.push(describe(`run ${i + 1} fails against the other runs`, problems));
    });
  }
  probes.forEach((probe, i) => {
    const { problems } = compareRun(recording, probe);
    if (problems.length > 0) warnings.push(describe(`probe run ${i + 1} fails against the recording`, problems));
  });
  return warnings;
}

function describe(what: string, problems: readonly string[]): string {
  const hints = [...new Set(problems.map(hintFor).filter((h) => h !== null))];
  const hint = hints.length > 0 ? hints.join("; ") : "consider more runs=";
  return `${what} (${hint}): ${problems.slice(0, 3).join("; ")}`;
}

/** The header option that would make a problem go away, if one plausibly would. */
export function hintFor(problem: string): string | null {
  if (/ must come before line /.test(problem)) return "lines whose order is scheduling need unordered=";
  const changed = /expected "((?:[^"\\]|\\.)*)" \(recorded run [0-9]+ line [0-9]+\), got "((?:[^"\\]|\\.)*)"/.exec(problem);
  if (changed) {
    const expected = JSON.parse(`"${changed[1]}"`) as string;
    const actual = JSON.parse(`"${changed[2]}"`) as string;
    const tokens = tokenizeLine(expected);
    if (tokens.skeleton !== tokenizeLine(actual).skeleton) return null;
    // The text both share up to the first number that differs.
    let common = 0;
    while (common < expected.length && expected[common] === actual[common]) common++;
    const prefix = expected.slice(0, common).replace(/[-0-9.]+$/, "").slice(0, 60);
    const pattern = JSON.stringify("^" + prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const decimal = tokens.fields.some((f) => f.shape === "dec" || f.shape === "exp");
    return decimal ? `a timing needs timing=${pattern}` : `a number that varies needs free=${pattern}`;
  }
  if (/ is outside /.test(problem)) return "a random number needs free=";
  return null;
}
