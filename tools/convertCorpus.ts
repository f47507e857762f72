// `node dist/tools/convertCorpus.js [dir]`: converts every script under a folder
// (default corpus/) in one process and summarises the diagnostics by message, so
// we can see which constructs block which scripts. SHOW=1 prints every diagnostic.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { convertSource } from "../src/compiler.js";
import { renderDiagnostics } from "../src/diagnostics/render.js";

function find(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) find(path, out);
    else if (entry.endsWith(".py")) out.push(path);
  }
  return out;
}

const files = find(process.argv[2] ?? "corpus");
const counts = new Map<string, number>();
let converted = 0;
const started = performance.now();
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const result = await convertSource(text, file);
  if (result.ok) {
    converted++;
    continue;
  }
  for (const d of result.diagnostics) {
    const key = d.message.replace(/'[^']*'/g, "'…'").slice(0, 110);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (process.env["SHOW"]) process.stdout.write(`${renderDiagnostics(result.diagnostics, file, text)}\n`);
}
process.stdout.write(`${converted}/${files.length} converted in ${(performance.now() - started).toFixed(0)} ms\n`);
for (const [message, count] of [...counts].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(count).padStart(4)} ${message}\n`);
