// Test support for the parse stage (used only by *.test.ts): locating the fixture
// and corpus files, choosing each file's dialect, and asking a real CPython for
// `ast.dump` of many files in one process.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dialect } from "./ast.js";
import { detectDialect } from "./dialect.js";

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRepoRoot();
export const fixturesDir = join(repoRoot, "test", "fixtures", "parse");

/** Every `.py` file under `dir`, sorted; none when `dir` does not exist. */
export function pythonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...pythonFiles(path));
    else if (entry.endsWith(".py")) found.push(path);
  }
  return found;
}

export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly dialect: Dialect;
}

export function readSource(path: string): SourceFile {
  const text = readFileSync(path, "utf8");
  return { path, text, dialect: detectDialect(text).dialect };
}

/** The ok fixtures plus every script under corpus/ (which other work keeps adding to). */
export function okSources(): SourceFile[] {
  return [...pythonFiles(join(fixturesDir, "ok")), ...pythonFiles(join(repoRoot, "corpus"))].map(readSource);
}

/**
 * The CPython to compare with: pyenv's exact version, else `python3`/`python2.7` on
 * PATH when it reports the wanted version; null when there is none.
 */
export function findPython(version: "3.11" | "2.7"): string | null {
  const candidates =
    version === "3.11"
      ? [join(homedir(), ".pyenv/versions/3.11.7/bin/python3"), "python3.11", "python3"]
      : [join(homedir(), ".pyenv/versions/2.7.18/bin/python"), "python2.7", "python2"];
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" });
    if (probe.status === 0 && probe.stdout.trim() === version) return candidate;
  }
  return null;
}

const dumpScript = `
import ast, json, sys
out = {}
for path in json.loads(sys.stdin.read()):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        out[path] = {'dump': ast.dump(ast.parse(source, path))}
    except SyntaxError as e:
        out[path] = {'error': '%s (line %s)' % (e.msg, e.lineno)}
sys.stdout.write(json.dumps(out))
`;

export interface CPythonDump {
  readonly dump?: string;
  readonly error?: string;
}

/** `ast.dump(ast.parse(source))` for each file, from one CPython process. */
export function cpythonDumps(python: string, paths: readonly string[]): Map<string, CPythonDump> {
  if (paths.length === 0) return new Map();
  const output = execFileSync(python, ["-c", dumpScript], { input: JSON.stringify(paths), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return new Map(Object.entries(JSON.parse(output) as Record<string, CPythonDump>));
}
