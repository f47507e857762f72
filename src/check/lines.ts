// Stream text → lines, and the repair of lines torn by concurrent writes.
//
// Torn lines: when two processes write parts of lines at once, CPython's output can
// read `A(1)B(2)` followed later by an empty line (the orphaned "\n"). Such a line
// is split back into whole lines when (a) its own skeleton is not printed by every
// recorded run and (b) it is exactly a concatenation of two or more skeletons that
// some recorded run prints as whole lines. The repair is applied to recorded runs
// and to the actual run alike; the stray empty line is then an optional line
// (recorded runs disagree on its count). Tears that do not fall on whole-line
// boundaries are left alone: such a line is an optional line of its run.

import type { LogicalLine } from "./traceback.js";
import { tokenizeLine } from "./tokens.js";

export interface SplitText {
  readonly lines: string[];
  /** False when the last line has no "\n" (also true for empty text). */
  readonly endsWithNewline: boolean;
}

export function splitLines(text: string): SplitText {
  if (text === "") return { lines: [], endsWithNewline: true };
  const lines = text.split("\n");
  const endsWithNewline = lines[lines.length - 1] === "";
  if (endsWithNewline) lines.pop();
  return { lines, endsWithNewline };
}

/** Longer lines are not searched for tears (the search is cubic in the length). */
const MAX_TORN_LINE = 400;

/** Skeletons of the recorded lines: `every` run prints these, `some` run prints those. */
export interface WholeLines {
  readonly every: ReadonlySet<string>;
  readonly some: ReadonlySet<string>;
}

export function repairTornLines(lines: readonly LogicalLine[], whole: WholeLines): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (const line of lines) {
    const pieces = splitTornLine(line.text, whole);
    if (pieces) for (const piece of pieces) out.push({ text: piece, lineNo: line.lineNo });
    else out.push(line);
  }
  return out;
}

/** The whole-line pieces of a torn line, or null if it is not one. */
export function splitTornLine(text: string, whole: WholeLines): string[] | null {
  if (text.length > MAX_TORN_LINE || text.includes("\n") || whole.every.has(tokenizeLine(text).skeleton)) return null;
  // pieceEnd[i]: where the piece starting at i ends in some split of text[i..] into whole lines.
  const pieceEnd = new Array<number>(text.length + 1).fill(-1);
  pieceEnd[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    for (let j = i + 1; j <= text.length; j++) {
      if (pieceEnd[j] >= 0 && !(i === 0 && j === text.length) && whole.some.has(tokenizeLine(text.slice(i, j)).skeleton)) {
        pieceEnd[i] = j;
        break;
      }
    }
  }
  if (pieceEnd[0] < 0) return null;
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i = pieceEnd[i]) pieces.push(text.slice(i, pieceEnd[i]));
  return pieces;
}
