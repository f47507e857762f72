// The message-path rehearsal gives TurboFan feedback for every branch real traffic
// takes only later: in a child Node with V8's natives syntax, the message
// functions are compiled right after a rehearsal and then sent down the rare
// branches (messageRehearsal.test-child.ts). None may be thrown away. Without the
// rehearsal the same traffic throws compiled code away, which shows the check
// can fail.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

interface Outcome {
  readonly notCompiled: string[];
  readonly thrownAway: string[];
}

function runChild(mode: "rehearse" | "skip"): Outcome {
  const child = fileURLToPath(new URL("./messageRehearsal.test-child.js", import.meta.url));
  const result = spawnSync(process.execPath, ["--allow-natives-syntax", child, mode], { encoding: "utf8", timeout: 60_000 });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Outcome;
}

test("after the rehearsal, no compiled message function is thrown away by rare branches", () => {
  const outcome = runChild("rehearse");
  assert.deepEqual(outcome.notCompiled, [], "every watched function was compiled before the traffic");
  assert.deepEqual(outcome.thrownAway, []);
});

test("without the rehearsal, the same traffic throws compiled message functions away", () => {
  const outcome = runChild("skip");
  assert.deepEqual(outcome.notCompiled, []);
  assert.ok(outcome.thrownAway.includes("Channel.write"), JSON.stringify(outcome));
  assert.ok(outcome.thrownAway.includes("Channel.readInPlace"), JSON.stringify(outcome));
});
