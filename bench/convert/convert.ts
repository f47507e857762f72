// bench/convert: how fast the converter is. Reports (1) the cold CLI time of
// `py2ts-mp convert` for one script (a fresh node process each time, as a user
// runs it), (2) the cold time of `py2ts-mp run` when the compile cache already has
// the script (the startup a user pays on every later run), and (3) files per
// second converting the whole corpus in one process. Not a test: numbers only.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertSource } from "../../src/compiler.js";
import { binPath, median, repoRoot, report } from "../support.js";

function corpusFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) corpusFiles(path, out);
    else if (entry.endsWith(".py")) out.push(path);
  }
  return out;
}

function timeCommand(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [binPath, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`py2ts-mp ${args.join(" ")} failed: ${result.stderr}`);
  return elapsed;
}

export async function benchConvert(): Promise<void> {
  const script = join(repoRoot, "corpus", "basics", "simple_class_task.py");
  const cache = mkdtempSync(join(tmpdir(), "py2ts-bench-"));
  const env = { ...process.env, PY2TS_CACHE_DIR: cache };
  try {
    const cold = Array.from({ length: 7 }, () => timeCommand(["convert", script, "-o", "/dev/null"], env));
    timeCommand(["run", script], env); // fills the cache
    const cached = Array.from({ length: 7 }, () => timeCommand(["run", script], env));
    const files = corpusFiles(join(repoRoot, "corpus"));
    const texts = files.map((f) => readFileSync(f, "utf8"));
    for (let i = 0; i < Math.min(10, files.length); i++) await convertSource(texts[i]!, files[i]!); // warm up
    let converted = 0;
    const started = performance.now();
    for (let i = 0; i < files.length; i++) if ((await convertSource(texts[i]!, files[i]!)).ok) converted++;
    const seconds = (performance.now() - started) / 1000;
    report("convert", [
      ["cold `py2ts-mp convert` (one script, fresh process), median of 7", `${median(cold).toFixed(0)} ms`],
      ["cold `py2ts-mp run` with a cache hit, median of 7", `${median(cached).toFixed(0)} ms`],
      [`whole corpus in one process (${files.length} files, ${converted} converted)`, `${(files.length / seconds).toFixed(1)} files/s`],
    ]);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
