// Formats an uncaught exception the way CPython prints it: "Traceback (most recent
// call last):", the frames, then "ValueError: message". Used for the main process
// and for a child process's uncaught exception (after "Process Process-1:").
// TODO(lead): placeholder. The frames here are JavaScript stack lines; the real
// version maps them to Python files and lines through the source map, and for
// origin "process" adds CPython's two multiprocessing frames (_bootstrap, run).

import { BaseException } from "../builtins/exceptions.js";
import { str } from "../builtins/repr.js";

/** Where the exception escaped: the main module body, or a child process's run(). */
export type TracebackOrigin = "main" | "process";

/** The whole traceback text, ending with a newline. */
export function formatTraceback(error: unknown, origin: TracebackOrigin = "main"): string {
  void origin;
  const lines = ["Traceback (most recent call last):"];
  if (error instanceof Error) {
    const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
    for (const frame of frames) lines.push(`  ${frame.trim()}`);
  }
  lines.push(exceptionLine(error));
  return lines.join("\n") + "\n";
}

/**
 * The last line: "ValueError: boom", just "ValueError" when str() is empty, and
 * the module-qualified name for a class outside builtins ("threading.BrokenBarrierError").
 */
export function exceptionLine(error: unknown): string {
  if (!(error instanceof BaseException)) return `Exception: ${String(error)}`;
  const cls = error.constructor as typeof BaseException;
  const module = cls.__module__;
  const name = module === "builtins" || module === "exceptions" ? cls.__name__ : `${module}.${cls.__qualname__}`;
  const text = str(error);
  return text === "" ? name : `${name}: ${text}`;
}
