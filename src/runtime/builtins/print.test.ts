// print, the Python 2 print statement (softspace) and sys.stdout/stderr, run in
// child processes and compared byte for byte with CPython's output
// (test/fixtures/print.json from tools/fixtures/genPrintFixtures.py). Also checks
// that a large output through a slow non-blocking pipe arrives whole and in order.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const distRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const sourceRoot = join(distRoot, "..");
const runner = join(distRoot, "test", "printSnippets.js");

interface Recorded {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const fixtures = JSON.parse(readFileSync(join(sourceRoot, "test", "fixtures", "print.json"), "utf8")) as Record<string, Recorded>;

for (const [name, expected] of Object.entries(fixtures)) {
  test(`${name} prints what CPython prints`, () => {
    const result = spawnSync(process.execPath, [runner, name], { encoding: "utf8" });
    assert.equal(result.stderr, expected.stderr, "stderr");
    assert.equal(result.stdout, expected.stdout, "stdout");
    assert.equal(result.status, expected.exitCode, "exit code");
  });
}

// A child prints 100,000 numbered lines while the parent stops reading for a
// while: the pipe fills, writeSync reports EAGAIN (touching process.stdout makes
// Node switch fd 1 to non-blocking), and print must retry the rest of each line.
test("print survives a full non-blocking pipe without losing or splitting lines", async () => {
  const lines = 100_000;
  const script = `
    const rt = await import(${JSON.stringify(join(distRoot, "src", "runtime", "index.js"))});
    const stdio = await import(${JSON.stringify(join(distRoot, "src", "runtime", "sys", "stdio.js"))});
    void process.stdout.fd;
    for (let i = 0; i < ${lines}; i++) rt.print("line", i, "x".repeat(i % 50));
    process.stderr.write(String(stdio.eagainRetryCount()));
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  const chunks: Buffer[] = [];
  let retries = "";
  child.stderr.on("data", (chunk: Buffer) => (retries += chunk.toString()));
  child.stdout.pause();
  setTimeout(() => child.stdout.resume(), 300);
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(code, 0, retries);
  assert.ok(Number(retries) > 0, `the pipe never filled (retries: ${retries})`);
  const text = Buffer.concat(chunks).toString("utf8").split("\n");
  assert.equal(text.length, lines + 1);
  for (let i = 0; i < lines; i++) {
    if (text[i] !== `line ${i} ${"x".repeat(i % 50)}`) assert.fail(`line ${i} is ${JSON.stringify(text[i])}`);
  }
});

// print from a worker thread (a Python child process) and the main thread at
// once: every line arrives whole, because each print is one write on fd 1.
test("print from a worker thread and the main thread never splits a line", () => {
  const runtime = JSON.stringify(join(distRoot, "src", "runtime", "index.js"));
  const script = `
    import { Worker } from "node:worker_threads";
    const rt = await import(${runtime});
    const worker = new Worker("import(${runtime.replace(/"/g, "'")}).then((rt) => { for (let i = 0; i < 2000; i++) rt.print('worker', i, 'y'.repeat(i % 300)); })", { eval: true });
    for (let i = 0; i < 2000; i++) rt.print("main", i, "x".repeat(i % 300));
    await new Promise((resolve) => worker.on("exit", resolve));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split("\n").filter((l) => l !== "");
  assert.equal(lines.length, 4000);
  const seen = new Set(lines);
  for (let i = 0; i < 2000; i++) {
    assert.ok(seen.has(`main ${i} ${"x".repeat(i % 300)}`), `main line ${i}`);
    assert.ok(seen.has(`worker ${i} ${"y".repeat(i % 300)}`), `worker line ${i}`);
  }
});
