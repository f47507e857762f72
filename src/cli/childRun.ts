// Runs a Python script through `py2ts-mp run` in a child process and captures what
// it did: stdout, stderr, exit code, wall time and the process ids it logged. Used
// by `py2ts-mp check` and the golden tests (a run needs its own process: worker
// threads and fd writes cannot be observed in-process).

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePidLog, PID_LOG_ENV, type ActualRun } from "../check/index.js";

const binPath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "bin", "py2ts-mp.js");

export interface ChildRunOptions {
  readonly args: readonly string[];
  readonly stdin: string;
  readonly timeoutMs: number;
  readonly env?: Readonly<Record<string, string>>;
  /** Passed on as `--py2`/`--py3`. */
  readonly dialect?: "py2" | "py3" | undefined;
}

export interface ChildRunResult extends ActualRun {
  readonly timedOut: boolean;
  /** Problems reading the pid log (a run that logged nothing, or a malformed log). */
  readonly pidLogError: string | null;
}

/** Runs `py2ts-mp run <name>.py args` with the script's directory as working directory, like the recorder. */
export function runInChild(scriptPath: string, options: ChildRunOptions): Promise<ChildRunResult> {
  const logDir = mkdtempSync(join(tmpdir(), "py2ts-pids-"));
  const pidLog = join(logDir, "pids.log");
  const started = performance.now();
  const dialectFlag = options.dialect ? [`--${options.dialect}`] : [];
  const child = spawn(process.execPath, [binPath, "run", ...dialectFlag, basename(scriptPath), ...options.args], {
    cwd: dirname(scriptPath),
    env: { ...process.env, ...options.env, [PID_LOG_ENV]: pidLog },
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on("error", () => {}); // the program may exit without reading its input
  child.stdin.end(options.stdin);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.timeoutMs);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const durationMs = performance.now() - started;
      let pids: ActualRun["pids"] = { main: child.pid ?? 0, parent: process.pid, children: [] };
      let pidLogError: string | null = null;
      try {
        pids = parsePidLog(readFileSync(pidLog, "utf8"));
      } catch (error) {
        pidLogError = (error as Error).message;
      }
      rmSync(logDir, { recursive: true, force: true });
      resolve({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        exitCode: code ?? (signal ? -signalNumber(signal) : 1),
        durationMs,
        pids,
        timedOut,
        pidLogError,
      });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGKILL: 9, SIGTERM: 15, SIGINT: 2, SIGSEGV: 11, SIGABRT: 6 };
  return numbers[signal] ?? 1;
}
