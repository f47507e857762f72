// What the running program is: its arguments (Python's sys.argv) and the Python
// file it came from (tracebacks name it as the user typed it, like CPython). The
// CLI sets this before loading a compiled module; worker threads receive a copy.

export interface ProgramInfo {
  /** sys.argv: the script path as given on the command line, then its arguments. */
  readonly argv: readonly string[];
  /** The Python file as given on the command line (what tracebacks print). */
  readonly scriptPath: string;
  /** Its absolute path (what source maps point at). */
  readonly absoluteScriptPath: string;
}

let current: ProgramInfo = { argv: [""], scriptPath: "", absoluteScriptPath: "" };

export function configureProgram(info: ProgramInfo): void {
  current = info;
}

export function programInfo(): ProgramInfo {
  return current;
}
