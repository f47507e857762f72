// Managers as whole programs: each Python script in testPrograms/ runs under real
// CPython (2.7 for *_py2.py, else 3.11) and through `py2ts-mp run` in leak-check
// mode, and both must print the same and exit the same. The scripts cover what the
// golden corpus does not: a manager used before start or started twice, queue
// timeouts, errors raised by a registered class's methods, shutdown waking a child
// blocked on a manager Lock (EOFError, not a hang), and a manager left running
// when the program ends (its server must stop: leak-check ends only with no worker).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "..");
const programs = join(root, "src", "runtime", "multiprocessing", "managers", "testPrograms");
const bin = join(root, "bin", "py2ts-mp.js");
const cache = mkdtempSync(join(tmpdir(), "py2ts-managers-"));

function python(script: string): string | null {
  const home = process.env["HOME"] ?? "/root";
  const path = script.endsWith("_py2.py") ? join(home, ".pyenv", "versions", "2.7.18", "bin", "python") : join(home, ".pyenv", "versions", "3.11.7", "bin", "python3");
  return existsSync(path) ? path : null;
}

function run(command: string, args: string[], env: Record<string, string>): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(command, args, { cwd: programs, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("manager programs print what CPython prints", { concurrency: 1 }, () => {
  after(() => rmSync(cache, { recursive: true, force: true }));
  for (const script of readdirSync(programs).filter((name) => name.endsWith(".py")).sort()) {
    const interpreter = python(script);
    test(script, { skip: interpreter === null ? "CPython not installed" : false }, () => {
      const expected = run(interpreter!, [script], { PYTHONUNBUFFERED: "1" });
      assert.equal(expected.status, 0, `CPython failed: ${expected.stderr}`);
      const actual = run(process.execPath, [bin, "run", script], { PY2TS_LEAK_CHECK: "1", PY2TS_CACHE_DIR: cache });
      assert.equal(actual.stderr, expected.stderr);
      assert.equal(actual.stdout, expected.stdout);
      assert.equal(actual.status, expected.status);
    });
  }
});
