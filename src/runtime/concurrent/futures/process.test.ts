// ProcessPoolExecutor(max_workers=...) checks its count as CPython 3.11 does:
// `<= 0` with Python's comparison, then the call queue's semaphore wants an int.
// __init__ starts no worker (the first submit does), so nothing is left running.

import assert from "node:assert/strict";
import { test } from "node:test";
import { TypeError, ValueError } from "../../builtins/exceptions.js";
import { ProcessPoolExecutor } from "./process.js";

function make(max_workers: unknown): ProcessPoolExecutor {
  const executor = Object.create(ProcessPoolExecutor.prototype) as ProcessPoolExecutor;
  executor.__init__({ max_workers } as never);
  return executor;
}

test("max_workers: an int or bool; a float or str is CPython's TypeError, zero its ValueError", () => {
  assert.equal(make(3)._max_workers, 3);
  assert.equal(make(true)._max_workers, 1);
  assert.throws(() => make(2.5), (e: unknown) => e instanceof TypeError && (e as TypeError).args[0] === "'float' object cannot be interpreted as an integer");
  assert.throws(() => make("2"), (e: unknown) => e instanceof TypeError && (e as TypeError).args[0] === "'<=' not supported between instances of 'str' and 'int'");
  assert.throws(() => make(0), (e: unknown) => e instanceof ValueError && (e as ValueError).args[0] === "max_workers must be greater than 0");
});

/**
 * An executor whose owner is a stand-in: `pump()` takes what the executor's call
 * source gives (as the real owner writes it to the task ring), `busy` is how many
 * workers have taken a call, results are pushed into `received`.
 */
function withFakeOwner(max_workers: number) {
  const executor = make(max_workers);
  const sent: number[] = [];
  const received: Array<{ job: number; index: number; success: boolean; value: unknown }> = [];
  const owner = {
    busy: 0,
    received: { shift: () => received.shift() },
    busyWorkers: () => owner.busy,
    maintain: () => [],
    pump: () => {
      for (let step = calls.next(); !step.done && step.value !== null; step = calls.next()) sent.push(sent.length);
    },
  };
  executor._owner = owner as never;
  const calls = (executor as unknown as { _calls(): Generator<unknown> })._calls();
  return { executor, owner, sent, received };
}

test("a submit fills the call queue up to max_workers + 1 untaken calls; the rest stay PENDING and cancellable", () => {
  const { executor, sent } = withFakeOwner(1);
  const calls = [1, 2, 3].map((n) => executor.submit(Math.abs, -n));
  assert.equal(sent.length, 2);
  assert.deepEqual(
    calls.map((f) => f._state),
    ["RUNNING", "RUNNING", "PENDING"],
  );
  assert.equal(calls[2]!.cancel(), true);
  assert.equal(calls[2]!.cancelled(), true);
});

test("a worker taking a call does not wake the manager; a result does, and it refills", () => {
  const { executor, owner, sent, received } = withFakeOwner(1);
  const calls = [1, 2, 3].map((n) => executor.submit(Math.abs, -n));
  owner.busy = 1;
  executor._safePoint();
  assert.equal(sent.length, 2, "taken but no wake: CPython's manager thread sleeps");
  assert.equal(calls[2]!._state, "PENDING");
  received.push({ job: 0, index: 0, success: true, value: 1 });
  executor._safePoint();
  assert.equal(calls[0]!._state, "FINISHED");
  assert.equal(sent.length, 3);
  assert.equal(calls[2]!._state, "RUNNING");
  assert.equal(calls[2]!.cancel(), false);
});
