// The SyntaxWarnings CPython 3 prints while compiling the script, before it runs
// (`x is 5`: '"is" with a literal. Did you mean "=="?'). The compiler finds them;
// the emitted module body prints them first, as `<file>:<line>: SyntaxWarning: ...`
// followed by the stripped source line, on stderr.

import { programInfo } from "../internal/program.js";
import { sourceLine } from "../internal/pythonFrames.js";
import { stderr } from "../sys/stdio.js";

/** Prints each [line, message] as CPython's warnings module shows a SyntaxWarning. */
export function syntaxWarnings(warnings: ReadonlyArray<readonly [number, string]>): void {
  const file = programInfo().absoluteScriptPath;
  for (const [line, message] of warnings) {
    const source = sourceLine(line);
    stderr.write(`${file}:${line}: SyntaxWarning: ${message}\n${source === "" ? "" : `  ${source}\n`}`);
  }
}
