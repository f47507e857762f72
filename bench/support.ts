// Shared helpers for benchmarks: paths, statistics, CPython runs side by side,
// and one report format (a table printed to stdout).

import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const binPath = join(repoRoot, "bin", "py2ts-mp.js");

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function report(name: string, rows: ReadonlyArray<readonly [string, string]>): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`\n== bench/${name}\n`);
  for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
}

/** The CPython 3.11 the benchmarks compare against (pyenv), or `python3`. */
export function cpython311(): string {
  const pyenv = join(process.env["HOME"] ?? "/root", ".pyenv", "versions", "3.11.7", "bin", "python3");
  const probe = spawnSync(pyenv, ["--version"]);
  return probe.status === 0 ? pyenv : "python3";
}
