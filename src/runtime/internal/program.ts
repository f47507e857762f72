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

const listeners: Array<(info: ProgramInfo) => void> = [];

/**
 * Sets what the program is. Runtime modules that derived state from it at load
 * time (sys.argv) follow through `onProgramConfigured`, since the launcher can only
 * configure a runtime it has already loaded.
 */
export function configureProgram(info: ProgramInfo): void {
  current = info;
  for (const listener of listeners) listener(info);
}

export function onProgramConfigured(listener: (info: ProgramInfo) => void): void {
  listeners.push(listener);
}

export function programInfo(): ProgramInfo {
  return current;
}
