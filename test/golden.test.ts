// The golden corpus test: every corpus script with a CPython recording is
// converted, run through `py2ts-mp run` in a child process, and compared with its
// recording by the golden comparator (src/check). Scripts are compiled into a
// private cache first, in this process, so each run starts from the cache.
// Runs are sequential: many scripts print wall-clock durations.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { compareRun, loadRecording, recordingPathFor } from "../src/check/index.js";
import { runInChild } from "../src/cli/childRun.js";
import { compileToCache } from "../src/cli/run.js";
import { createHash } from "node:crypto";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpusRoot = join(repoRoot, "corpus");

function findScripts(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findScripts(path, out);
    else if (entry.endsWith(".py") && existsSync(recordingPathFor(path))) out.push(path);
  }
  return out;
}

const filter = process.env["GOLDEN_FILTER"];
const scripts = findScripts(corpusRoot).filter((s) => !filter || relative(corpusRoot, s).includes(filter));
const cacheDir = mkdtempSync(join(tmpdir(), "py2ts-golden-"));

describe("golden corpus", { concurrency: 1 }, () => {
  before(async () => {
    process.env["PY2TS_CACHE_DIR"] = cacheDir;
    // Convert everything in this process (the compiler loads once); each run then starts from the cache.
    for (const script of scripts) await compileToCache(script, undefined);
  });
  after(() => rmSync(cacheDir, { recursive: true, force: true }));

  test("the corpus has recorded scripts", () => {
    assert.ok(scripts.length > 0, `no recorded scripts under ${corpusRoot}`);
  });

  for (const script of scripts) {
    test(relative(corpusRoot, script), async (t) => {
      const recording = loadRecording(recordingPathFor(script));
      const sha = createHash("sha256").update(readFileSync(script)).digest("hex");
      assert.equal(recording.sha256, sha, "the recording is stale: re-record it with `npm run record`");
      // A second run only for a timing or scheduling mismatch on this shared 2-core
      // machine: the comparison is the same, and the first failure stays in the report.
      const first = await runAndCompare(script, recording);
      if (first === null) return;
      t.diagnostic(`first run did not match, running once more:\n${first}`);
      const second = await runAndCompare(script, recording);
      assert.ok(second === null, second ?? "");
    });
  }
});

/** Runs the script once; null when it matches the recording, else why not. */
async function runAndCompare(script: string, recording: ReturnType<typeof loadRecording>): Promise<string | null> {
  const actual = await runInChild(script, {
    args: recording.args,
    stdin: recording.stdin,
    timeoutMs: recording.timeoutSeconds * 2000 + 15000,
    env: { PY2TS_CACHE_DIR: cacheDir },
  });
  if (actual.timedOut) return `timed out after ${Math.round(actual.durationMs)} ms\nstdout:\n${actual.stdout}\nstderr:\n${actual.stderr}`;
  if (actual.pidLogError !== null) return `the run wrote no usable pid log: ${actual.pidLogError}\nstderr:\n${actual.stderr}`;
  const result = compareRun(recording, actual);
  if (result.ok) return null;
  return `${result.problems.join("\n")}\n--- actual stdout ---\n${actual.stdout}\n--- actual stderr ---\n${actual.stderr}`;
}
