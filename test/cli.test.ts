// The `py2ts-mp` command as a user meets it, run in a child process: help and
// version, conversion output, and every kind of bad input — a syntax error, an
// unsupported construct, an unsupported module, a missing file, an empty file —
// each giving a located diagnostic, exit code 1 and no output file.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "py2ts-mp.js");
const dir = mkdtempSync(join(tmpdir(), "py2ts-cli-"));

function cli(args: string[], cwd = dir): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, PY2TS_CACHE_DIR: join(dir, "cache") } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function script(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("py2ts-mp command", () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("--help and --version", () => {
    const help = cli(["--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: py2ts-mp <command>/);
    const version = cli(["--version"]);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^py2ts-mp \d+\.\d+\.\d+\n$/);
  });

  test("an unknown command is a usage error", () => {
    const result = cli(["frobnicate", "x.py"]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown command 'frobnicate'/);
  });

  test("convert writes script.ts next to the script", () => {
    const path = script("hello.py", "print('hello')\n");
    const result = cli(["convert", path]);
    assert.equal(result.status, 0, result.stderr);
    const ts = readFileSync(join(dir, "hello.ts"), "utf8");
    assert.match(ts, /print\("hello"\);/);
  });

  test("convert -o - prints to stdout; --source-map writes a map", () => {
    const path = script("two.py", "x = 1\nprint(x)\n");
    const out = cli(["convert", path, "-o", "-"]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /const x: int = 1;/);
    const mapped = cli(["convert", "--source-map", path, "-o", join(dir, "two.out.ts")]);
    assert.equal(mapped.status, 0, mapped.stderr);
    const map = JSON.parse(readFileSync(join(dir, "two.out.ts.map"), "utf8")) as { sources: string[]; mappings: string };
    assert.deepEqual(map.sources, ["two.py"]);
    assert.ok(map.mappings.length > 0);
  });

  const badInputs: Array<{ name: string; file: string | null; text: string; code: string; location: RegExp }> = [
    { name: "a syntax error", file: "syntax.py", text: "x = (1,\nprint x\n", code: "PTM00", location: /syntax\.py:1:5: error PTM00\d\d: SyntaxError: '\(' was never closed/ },
    { name: "an unsupported construct", file: "unsupported.py", text: "x = 1\nexec('x = 2')\n", code: "PTM0200", location: /unsupported\.py:2:1: error PTM0200/ },
    { name: "an unsupported module", file: "module.py", text: "import socket\n", code: "PTM0201", location: /module\.py:1:8: error PTM0201/ },
    { name: "an empty file", file: "empty.py", text: "", code: "PTM0005", location: /empty\.py:1:1: error PTM0005/ },
  ];
  for (const bad of badInputs) {
    test(`${bad.name} gives a located diagnostic, exit code 1 and no output`, () => {
      const path = script(bad.file!, bad.text);
      const output = path.replace(/\.py$/, ".ts");
      for (const command of ["convert", "run"]) {
        const result = cli([command, path]);
        assert.equal(result.status, 1, `${command}: ${result.stderr}`);
        assert.match(result.stderr, bad.location);
        assert.ok(result.stderr.includes(bad.code));
        assert.ok(!/\n\s+at .*\(.*:\d+:\d+\)/.test(result.stderr), `raw stack trace:\n${result.stderr}`);
        assert.equal(existsSync(output), false, "nothing may be written");
      }
    });
  }

  test("a missing file is reported by name with exit code 1", () => {
    for (const command of ["convert", "run", "check"]) {
      const result = cli([command, join(dir, "nope.py")]);
      assert.equal(result.status, 1, command);
      assert.match(result.stderr, /nope\.py: error PTM0003: Cannot read '.*nope\.py': no such file\./);
    }
  });

  test("a diagnostic on a Chinese line points at the right column", () => {
    const path = script("chinese.py", "s = '中文'; import socket\n");
    const result = cli(["convert", path]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /chinese\.py:1:18: error PTM0201/);
    assert.match(result.stderr, /\|\s+~~~~~~/);
  });

  test("run: names imported from runtime modules follow the dialect runModule sets (live bindings)", () => {
    const path = script("live.py", "from sys import version_info, platform\nfrom string import whitespace as ws\nprint version_info[0], platform, repr(ws)\n");
    const result = cli(["run", "--py2", path]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, "2 linux2 '\\t\\n\\x0b\\x0c\\r '\n");
  });
});
