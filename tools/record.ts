// `npm run record -- [--force] [--jobs N] [--runs N] [--probes N] [paths...]`: records CPython's output for
// corpus scripts into `<name>.expected.json` next to each script. Without --force,
// only scripts whose recording is missing or whose sha256 changed are recorded.
// Paths may be files or directories (default: corpus). Scripts run one at a time
// by default because many of them measure time; --jobs N runs N at once. --runs N
// overrides every script's `runs=` (to study how much runs vary). --probes N (default
// 2) makes N more runs that are not stored but compared with the recording, so a
// script the golden test would reject even from CPython is reported (selfCheck.ts).

import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { formatRecording, loadRecording, recordingPathFor, type Recording } from "../src/check/recording.js";
import { recordScript, sha256Of, type RecordResult } from "./recorder.js";

const DEFAULT_PROBES = 2;

interface Args {
  readonly force: boolean;
  readonly jobs: number;
  readonly runs: number | undefined;
  readonly probes: number;
  readonly paths: readonly string[];
}

function parseArgs(argv: readonly string[]): Args {
  let force = false;
  let jobs = 1;
  let runs: number | undefined;
  let probes = DEFAULT_PROBES;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--force") force = true;
    else if (arg === "--jobs") {
      jobs = Number(argv[++i]);
      if (!Number.isInteger(jobs) || jobs < 1) usage(`--jobs needs a positive integer, got ${argv[i]}`);
    } else if (arg === "--runs") {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1 || runs > 50) usage(`--runs needs an integer from 1 to 50, got ${argv[i]}`);
    } else if (arg === "--probes") {
      probes = Number(argv[++i]);
      if (!Number.isInteger(probes) || probes < 0) usage(`--probes needs a non-negative integer, got ${argv[i]}`);
    } else if (arg.startsWith("-")) usage(`unknown option ${arg}`);
    else paths.push(arg);
  }
  return { force, jobs, runs, probes, paths: paths.length > 0 ? paths : ["corpus"] };
}

function usage(message: string): never {
  console.error(`record: ${message}\nusage: npm run record -- [--force] [--jobs N] [--runs N] [--probes N] [file-or-directory...]`);
  process.exit(2);
}

/**
 * Corpus scripts under a path: every `.py` file except names starting with `_`
 * (helper modules and `__init__.py`), skipping `__pycache__`.
 */
function findScripts(path: string): string[] {
  if (!existsSync(path)) usage(`no such file or directory: ${path}`);
  if (statSync(path).isFile()) return [path];
  const scripts: string[] = [];
  for (const entry of readdirSync(path).sort()) {
    const full = join(path, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== "__pycache__" && entry !== "node_modules") scripts.push(...findScripts(full));
    } else if (entry.endsWith(".py") && !entry.startsWith("_")) scripts.push(full);
  }
  return scripts;
}

function isUpToDate(script: string): boolean {
  const path = recordingPathFor(script);
  if (!existsSync(path)) return false;
  let recording: Recording;
  try {
    recording = loadRecording(path);
  } catch {
    return false; // unreadable or an old format: record again
  }
  return recording.sha256 === sha256Of(readFileSync(script));
}

function summary(script: string, result: RecordResult): string {
  const { recording } = result;
  const durations = recording.runs.map((r) => r.durationMs);
  const time = `${Math.round(Math.min(...durations))}-${Math.round(Math.max(...durations))} ms`;
  const codes = recording.runs.map((r) => r.exitCode).join(" ");
  const lines = [`${script}: ${recording.dialect} (Python ${recording.python}), ${recording.runs.length} runs, exit ${codes}, ${time}`];
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scripts = [...new Set(args.paths.flatMap(findScripts))];
  const todo = args.force ? scripts : scripts.filter((s) => !isUpToDate(s));
  let failed = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const script = todo[next++];
      const shown = relative(process.cwd(), script) || script;
      try {
        const result = await recordScript(script, { runs: args.runs, probes: args.probes });
        writeFileSync(recordingPathFor(script), formatRecording(result.recording));
        console.log(summary(shown, result));
      } catch (error) {
        failed++;
        console.error(`${shown}: FAILED: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.jobs, todo.length) }, worker));
  const upToDate = scripts.length - todo.length;
  console.log(`record: ${todo.length - failed} recorded, ${upToDate} up to date${failed ? `, ${failed} FAILED` : ""}`);
  if (failed) process.exitCode = 1;
}

await main();
