// Position markers: lowering puts `/*@@py:12*/` (or `/*@@py:12:b*/` when the Python
// statement had a blank line before it) in front of the first TypeScript statement
// of each Python statement. After printing and formatting, emit removes them and
// records which Python line each TypeScript line came from. Comments survive the
// TypeScript printer and prettier, which is why markers are comments.

const markerPattern = /\/\*@@py:(\d+)(:b)?\*\/ ?/g;

export function markerComment(pythonLine: number, blankLineBefore: boolean): string {
  return `@@py:${pythonLine}${blankLineBefore ? ":b" : ""}`;
}

/** Turns blank-line markers into real blank lines, so prettier keeps the script's layout. */
export function expandBlankLineMarkers(text: string): string {
  return text.replace(/^([ \t]*)(\/\*@@py:\d+):b\*\//gm, "\n$1$2*/");
}

export interface StrippedText {
  readonly text: string;
  /** For each 0-based TypeScript line, the 1-based Python line it came from (0 when none). */
  readonly pythonLines: readonly number[];
}

/** Removes every marker; each output line maps to the Python line of the closest marker above it. */
export function stripMarkers(text: string): StrippedText {
  const out: string[] = [];
  const pythonLines: number[] = [];
  let current = 0;
  for (const line of text.split("\n")) {
    let found = false;
    const cleaned = line.replace(markerPattern, (_whole, num: string) => {
      if (!found) current = Number(num);
      found = true;
      return "";
    });
    if (found && cleaned.trim() === "") continue; // the marker was alone on its line
    out.push(found ? cleaned.replace(/^(\s*)\s*/, "$1") : cleaned);
    pythonLines.push(current);
  }
  return { text: out.join("\n"), pythonLines };
}
