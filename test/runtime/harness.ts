// Runs a hand-written test program (test/runtime/programs/<name>.ts, compiled to
// dist/) in a child `node` process, as `py2ts-mp run` would run an emitted module,
// and returns what it printed and its exit status. Programs run in leak-check mode
// (PY2TS_LEAK_CHECK=1): they end only when every worker thread and port is gone,
// so each run also proves nothing leaked (a leak exits 99 or hits the timeout).

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** test/runtime/programs in the source tree (the .py twins live there). */
export const programsSource = join(here, "..", "..", "..", "test", "runtime", "programs");

export interface ProgramResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Run as production does: process.exit at the end instead of the leak check. */
  readonly noLeakCheck?: boolean;
  readonly timeoutMs?: number;
}

export function runProgram(name: string, options: RunOptions = {}): ProgramResult {
  const script = join(here, "programs", `${name}.js`);
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (options.noLeakCheck) delete env["PY2TS_LEAK_CHECK"];
  else env["PY2TS_LEAK_CHECK"] = "1";
  const result = spawnSync(process.execPath, [script], { env, encoding: "utf8", timeout: options.timeoutMs ?? 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, signal: result.signal };
}

/** A CPython interpreter from pyenv, if this machine has it. */
export function cpython(version: "2.7.18" | "3.11.7"): string | null {
  const binary = join(process.env["HOME"] ?? "/root", ".pyenv", "versions", version, "bin", version.startsWith("2") ? "python" : "python3");
  return existsSync(binary) ? binary : null;
}

/** Runs a twin as record.sh does: line-buffered stdout, PYTHONUNBUFFERED unset. */
export function runPython(python: string, name: string): ProgramResult {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env["PYTHONUNBUFFERED"];
  const result = spawnSync(python, ["linebuffered.py", `${name}.py`], { cwd: programsSource, env, encoding: "utf8", timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, signal: result.signal };
}

/**
 * The shape of a stderr with tracebacks, without the frames (which name Python
 * files in CPython and JavaScript ones here until tracebacks are source-mapped):
 * "Process X:", "Traceback (most recent call last):" and the exception lines stay.
 */
export function tracebackSkeleton(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !line.startsWith("  "))
    .join("\n");
}

export function sortedLines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "").sort();
}
