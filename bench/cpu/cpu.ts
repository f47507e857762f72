// bench/cpu: CPU-bound Python scripts (bench/cpu/*.py) run with `py2ts-mp run` and
// with CPython 3.11 in the same run. Each script times its own work with
// time.perf_counter() and prints "elapsed S" (startup excluded); the report shows
// both, the ratio CPython / py2ts-mp, and whether the outputs agree. Targets
// (issue 3): at least 20x within 2**53, at least 2x beyond. Numbers only.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binPath, cpython311, median, repoRoot, report } from "../support.js";

const SCRIPTS: ReadonlyArray<readonly [string, string]> = [
  ["int_loop.py", "int loop within 2**53"],
  ["float_loop.py", "float loop"],
  ["big_int_loop.py", "int loop past 2**53"],
  ["string_build.py", "string building"],
  ["dict_count.py", "dict counting"],
  ["list_sort.py", "list indexing (bubble sort)"],
  ["bytearray_build.py", "bytearray append and item get/set"],
];

interface Timing {
  readonly output: string;
  readonly seconds: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Timing {
  const result = spawnSync(command, args, { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  const lines = result.stdout.trimEnd().split("\n");
  const elapsed = /^elapsed ([\d.]+)$/.exec(lines[lines.length - 1] ?? "");
  if (!elapsed) throw new Error(`no "elapsed" line from ${args.join(" ")}:\n${result.stdout}`);
  return { output: lines.slice(0, -1).join("\n"), seconds: Number(elapsed[1]) };
}

export async function benchCpu(): Promise<void> {
  const cache = mkdtempSync(join(tmpdir(), "py2ts-bench-cpu-"));
  const env = { ...process.env, PY2TS_CACHE_DIR: cache };
  const python = cpython311();
  const rows: Array<[string, string]> = [];
  try {
    for (const [file, label] of SCRIPTS) {
      const script = join(repoRoot, "bench", "cpu", file);
      run(process.execPath, [binPath, "run", script], env); // compile into the cache
      const ours = Array.from({ length: 3 }, () => run(process.execPath, [binPath, "run", script], env));
      const theirs = Array.from({ length: 3 }, () => run(python, [script], env));
      const oursTime = median(ours.map((t) => t.seconds));
      const theirsTime = median(theirs.map((t) => t.seconds));
      const same = ours[0]!.output === theirs[0]!.output ? "same output" : `OUTPUT DIFFERS: ${ours[0]!.output} vs ${theirs[0]!.output}`;
      rows.push([
        `${label} (${file})`,
        `py2ts-mp ${(oursTime * 1000).toFixed(0)} ms, CPython 3.11 ${(theirsTime * 1000).toFixed(0)} ms, ratio ${(theirsTime / oursTime).toFixed(1)}x, ${same}`,
      ]);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  report("cpu (median of 3 runs each, the scripts' own perf_counter time)", rows);
}
