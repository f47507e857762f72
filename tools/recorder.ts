// Records what real CPython prints for one corpus script: several runs under a
// pseudo-terminal (tools/ptyrun.py), each with its process ids (tools/pidlog/
// sitecustomize.py). The CLI around it is tools/record.ts; the file format is
// src/check/recording.ts.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dialect } from "../src/parse/ast.js";
import { detectDialect } from "../src/parse/dialect.js";
import { parseBusyIntervals, parsePidLog, PID_LOG_ENV, type PidSet } from "../src/check/pidLog.js";
import type { RecordedRun, Recording } from "../src/check/recording.js";
import { parseScriptOptions } from "../src/check/scriptOptions.js";
import { selfCheck } from "./selfCheck.js";

/** The interpreters recordings are made with (DESIGN.md §5). */
export const INTERPRETERS: Record<Dialect, string> = {
  py2: join(homedir(), ".pyenv/versions/2.7.18/bin/python"),
  py3: join(homedir(), ".pyenv/versions/3.11.7/bin/python3"),
};

// dist/tools/recorder.js → the repository's tools/ folder, where the Python helpers live.
const TOOLS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../tools");
const PTYRUN = join(TOOLS_DIR, "ptyrun.py");
const PIDLOG_DIR = join(TOOLS_DIR, "pidlog");

/** A reader later than this (ms) means line times say little about when lines were written. */
const BUSY_MACHINE_LAG_MS = 5;

export class RecordingError extends Error {
  override name = "RecordingError";
}

export interface RecordResult {
  readonly recording: Recording;
  /** Things a reviewer should know (runs that disagree on the exit code, orphan processes, ...). */
  readonly warnings: readonly string[];
}

export function sha256Of(text: Buffer | string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function interpreterFor(dialect: Dialect): string {
  const path = INTERPRETERS[dialect];
  if (!existsSync(path)) throw new RecordingError(`the ${dialect} interpreter ${path} is missing (install it with pyenv)`);
  return path;
}

export interface RecordOptions {
  /** Overrides the header's `runs=`. */
  readonly runs?: number;
  /** Extra runs, not stored, each compared with the recording (selfCheck.ts); default 0. */
  readonly probes?: number;
}

/**
 * Runs the script `runs` times (header `runs=`, default 3), one run after
 * another, then checks that CPython itself passes against the recording.
 */
export async function recordScript(scriptPath: string, recordOptions: RecordOptions = {}): Promise<RecordResult> {
  const bytes = readFileSync(scriptPath);
  const text = bytes.toString("utf8");
  const { options, errors } = parseScriptOptions(text);
  if (errors.length > 0) {
    throw new RecordingError(errors.map((e) => `${scriptPath}:${e.line}: ${e.message}`).join("\n"));
  }
  const dialect = options.dialect ?? detectDialect(text).dialect;
  const python = interpreterFor(dialect);
  const script = basename(scriptPath);
  const warnings: string[] = [];
  const runs: RecordedRun[] = [];
  const runCount = recordOptions.runs ?? options.runs;
  const probeCount = recordOptions.probes ?? 0;
  const probes: RecordedRun[] = [];
  for (let i = 0; i < runCount + probeCount; i++) {
    const run = await runOnce(python, script, resolve(dirname(scriptPath)), options.args, options.stdin, options.timeoutSeconds);
    if (run.timedOut) throw new RecordingError(`${scriptPath}: run ${i + 1} timed out after ${options.timeoutSeconds} s (no recording written)`);
    if (i >= runCount) {
      probes.push(run.run);
      continue;
    }
    if (run.leftover) warnings.push(`run ${i + 1} left processes running after its output closed (they were killed)`);
    if (run.invalidUtf8) warnings.push(`run ${i + 1} printed bytes that are not UTF-8 (stored as U+FFFD)`);
    if ((run.run.readLagMs ?? 0) > BUSY_MACHINE_LAG_MS) {
      warnings.push(`run ${i + 1}: the reader was up to ${run.run.readLagMs} ms late (a busy machine), so fewer line orders are enforced; re-record when it is quieter`);
    }
    runs.push(run.run);
  }
  const codes = new Set(runs.map((r) => r.exitCode));
  if (codes.size > 1) warnings.push(`runs disagree on the exit code: ${[...codes].join(", ")}`);
  const recording: Recording = {
    script,
    sha256: sha256Of(bytes),
    dialect,
    python: await pythonVersion(python),
    args: options.args,
    stdin: options.stdin,
    timeoutSeconds: options.timeoutSeconds,
    freeNumbers: options.freeNumbers,
    timingNumbers: options.timingNumbers,
    unorderedLines: options.unorderedLines,
    runs,
  };
  warnings.push(...selfCheck(recording, probes));
  return { recording, warnings };
}

const versions = new Map<string, Promise<string>>();

function pythonVersion(python: string): Promise<string> {
  let version = versions.get(python);
  if (!version) {
    version = runProcess(python, ["-c", "import platform; print(platform.python_version())"], cleanEnv()).then((out) => out.trim());
    versions.set(python, version);
  }
  return version;
}

interface PtyResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutLineTimes: number[];
  readonly stderrLineTimes: number[];
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly startEpochMs: number;
  readonly readLagMs: number;
  readonly timedOut: boolean;
  readonly leftover: boolean;
}

async function runOnce(
  python: string,
  script: string,
  cwd: string,
  args: readonly string[],
  stdin: string,
  timeoutSeconds: number,
): Promise<{ run: RecordedRun; timedOut: boolean; leftover: boolean; invalidUtf8: boolean }> {
  const logDir = mkdtempSync(join(tmpdir(), "py2ts-record-"));
  const pidLog = join(logDir, "pids.log");
  try {
    const env = { ...cleanEnv(), PYTHONPATH: PIDLOG_DIR, [PID_LOG_ENV]: pidLog };
    const spec = { argv: [python, script, ...args], cwd, env, stdin, timeoutSeconds };
    // ptyrun.py needs Python 3's pty module, whatever the script's dialect.
    const result = JSON.parse(await runProcess(interpreterFor("py3"), [PTYRUN, JSON.stringify(spec)], cleanEnv())) as PtyResult;
    const stdout = decode(result.stdout);
    const stderr = decode(result.stderr);
    if (!result.timedOut && !existsSync(pidLog)) {
      throw new RecordingError(`${script}: the interpreter wrote no pid log (was ${PIDLOG_DIR}/sitecustomize.py loaded?)`);
    }
    const log = result.timedOut ? "main 0\n" : readFileSync(pidLog, "utf8");
    const pids: PidSet = parsePidLog(log);
    const endMs = Math.max(result.durationMs, ...result.stdoutLineTimes, ...result.stderrLineTimes) + 1;
    return {
      run: {
        exitCode: result.exitCode ?? -1,
        durationMs: result.durationMs,
        pids,
        stdout: stdout.text,
        stderr: stderr.text,
        stdoutTimes: result.stdoutLineTimes,
        stderrTimes: result.stderrLineTimes,
        busyMs: parseBusyIntervals(log, result.startEpochMs, endMs),
        readLagMs: result.readLagMs,
      },
      timedOut: result.timedOut,
      leftover: result.leftover,
      invalidUtf8: stdout.invalid || stderr.invalid,
    };
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}

function decode(base64: string): { text: string; invalid: boolean } {
  const bytes = Buffer.from(base64, "base64");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), invalid: false };
  } catch {
    return { text: bytes.toString("utf8"), invalid: true };
  }
}

/**
 * The environment of a recorded run: nothing inherited that changes how CPython
 * behaves (PYTHONUNBUFFERED, PYTHONHASHSEED, ...), a UTF-8 locale like a person's
 * terminal, and no bytecode files written next to corpus scripts.
 */
export function cleanEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: homedir(),
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    TERM: "xterm",
    PYTHONDONTWRITEBYTECODE: "1",
  };
}

function runProcess(command: string, args: readonly string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise(Buffer.concat(out).toString("utf8"));
      else reject(new RecordingError(`${command} ${args[0]} failed (exit ${code}): ${Buffer.concat(err).toString("utf8")}`));
    });
  });
}
