// `py2ts-mp check script.py`: runs the script (as `py2ts-mp run` would, in a child
// process) and compares what it printed with the CPython recording beside it
// (script.expected.json), using the golden comparator (src/check).

import { existsSync } from "node:fs";
import { compareRun, loadRecording, recordingPathFor } from "../check/index.js";
import type { Dialect } from "../parse/ast.js";
import { runInChild } from "./childRun.js";
import { compileToCache } from "./run.js";
import { reportFileDiagnostic, writeErr, writeOut } from "./output.js";
import { readSource } from "./source.js";

export interface CheckRequest {
  readonly script: string;
  readonly dialect: Dialect | undefined;
}

export async function checkCommand(request: CheckRequest): Promise<number> {
  const recordingPath = recordingPathFor(request.script);
  const source = readSource(request.script);
  if (!source.ok) {
    reportFileDiagnostic(source.diagnostic, request.script);
    return 1;
  }
  if (!existsSync(recordingPath)) {
    writeErr(`${request.script}: error: no recording at ${recordingPath} (record it with \`npm run record -- ${request.script}\`)\n`);
    return 1;
  }
  // Compile first, in this process: a script that does not convert fails here with its diagnostics.
  if (!(await compileToCache(request.script, request.dialect))) return 1;
  const recording = loadRecording(recordingPath);
  const actual = await runInChild(request.script, {
    args: recording.args,
    stdin: recording.stdin,
    timeoutMs: recording.timeoutSeconds * 2000 + 10000,
    dialect: request.dialect,
  });
  if (actual.timedOut) {
    writeErr(`${request.script}: FAIL: timed out after ${Math.round(actual.durationMs / 1000)} s\n`);
    return 1;
  }
  const result = compareRun(recording, actual);
  if (result.ok) {
    writeOut(`${request.script}: ok (matches ${recording.runs.length} CPython ${recording.python} runs; ${Math.round(actual.durationMs)} ms)\n`);
    return 0;
  }
  writeErr(`${request.script}: FAIL\n${result.problems.map((p) => `  - ${p}`).join("\n")}\n`);
  return 1;
}
