// Turns stderr lines into *logical lines*: each traceback becomes one multi-line
// entry holding only what a translation must reproduce — the header, the frames in
// the script's own file (`  File "x.py", line 7, in worker`) and the final
// exception line. Frames in library files (multiprocessing's _bootstrap, pool.py)
// and the source and caret lines under frames are dropped: they depend on the
// interpreter's installation and version, not on the program. A warning line names
// the script by the path it ran from; the script name stands in for it.

export interface LogicalLine {
  readonly text: string;
  /** 1-based line in the stream where it starts. */
  readonly lineNo: number;
}

const TRACEBACK_HEADER = "Traceback (most recent call last):";
// `  File "x.py", line 7, in worker`; a SyntaxError frame has no `, in name`.
const FRAME = /^ {2}File "([^"]*)", line [0-9]+(?:, in .*)?$/;

export function stderrLogicalLines(lines: readonly string[], scriptName: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i] !== TRACEBACK_HEADER) {
      out.push({ text: ownWarningPath(lines[i], scriptName), lineNo: i + 1 });
      i++;
      continue;
    }
    const start = i;
    const kept = [TRACEBACK_HEADER];
    i++;
    // Frames, each followed by indented source/caret lines; then the exception line.
    while (i < lines.length && lines[i].startsWith("  ")) {
      const frame = FRAME.exec(lines[i]);
      // Python 3.9+ prints the script's absolute path, which depends on where it ran.
      if (frame && isOwnFile(frame[1], scriptName)) kept.push(lines[i].replace(`"${frame[1]}"`, `"${scriptName}"`));
      i++;
    }
    if (i < lines.length) {
      kept.push(lines[i]);
      i++;
    }
    out.push({ text: kept.join("\n"), lineNo: start + 1 });
  }
  return out;
}

// `path/x.py:5: SyntaxWarning: ...`: the warnings module's format.
const WARNING = /^(.*):[0-9]+: [A-Za-z]*Warning: /;

/** A warning about the script names it by the path it ran from: the script name stands in. */
function ownWarningPath(line: string, scriptName: string): string {
  const warning = WARNING.exec(line);
  return warning && isOwnFile(warning[1], scriptName) ? scriptName + line.slice(warning[1].length) : line;
}

function isOwnFile(path: string, scriptName: string): boolean {
  return path === scriptName || path.endsWith("/" + scriptName);
}
