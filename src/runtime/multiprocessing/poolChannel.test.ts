// The pool channel on one thread: messages in order and intact (also when longer
// than a ring, which needs a second thread to stream them), no task left untaken
// by idle workers (two threads), and the owner's repair of a ring whose reader or
// writer died holding its lock.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import {
  kPoolResultHead,
  kPoolResultWriteStart,
  kPoolResultWriter,
  kPoolTaskHead,
  kPoolTaskReader,
  kPoolTaskTail,
} from "../internal/symbols.js";
import { ChannelOwner, frameBody, frameIndex, frameJob, frameKind, message, PoolChannel, putResult, takeTask } from "./poolChannel.js";

const bytesOf = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

test("task messages come out whole and in order, with their header fields", () => {
  const channel = PoolChannel.create(1, 64, 64);
  const owner = new ChannelOwner(channel);
  for (let i = 0; i < 5; i++) owner.send(message(1, 7, i, bytesOf(10, i)));
  // 5 messages of 23 bytes do not fit in 64: the rest waits in the owner's queue.
  assert.equal(owner.flush(), false);
  for (let i = 0; i < 5; i++) {
    const payload = takeTask(channel, 1234);
    assert.deepEqual([frameKind(payload), frameJob(payload), frameIndex(payload)], [1, 7, i]);
    assert.deepEqual(frameBody(payload), bytesOf(10, i));
    owner.flush();
  }
  assert.equal(owner.pending, false);
});

test("results are received in completion order; a partial message waits for its end", () => {
  const channel = PoolChannel.create(1, 64, 64);
  const owner = new ChannelOwner(channel);
  const got: number[] = [];
  putResult(channel, 1, message(1, 3, 0, bytesOf(20, 0)));
  putResult(channel, 2, message(0, 3, 1));
  assert.equal(owner.receive((p) => got.push(frameIndex(p))), 2);
  assert.deepEqual(got, [0, 1]);
  assert.equal(owner.receive(() => assert.fail("nothing more")), 0);
});

test("messages longer than both rings stream through them to a worker thread and back", async () => {
  const channel = PoolChannel.create(1, 256, 128);
  const owner = new ChannelOwner(channel);
  const echo = new Worker(new URL("./poolChannelEcho.test-worker.js", import.meta.url), { workerData: shared(channel) });
  const sizes = [5000, 0, 300, 77777, 1];
  sizes.forEach((n, i) => owner.send(message(1, 9, i, bytesOf(n, i))));
  owner.send(message(0, 0, 0));
  const received: Uint8Array[] = [];
  const allBack = (): boolean => {
    owner.flush();
    owner.receive((p) => received.push(p.slice()));
    return received.length === sizes.length;
  };
  assert.ok(owner.wait(allBack, performance.now() + 10_000));
  await new Promise((resolve) => echo.once("exit", resolve));
  received.forEach((payload, i) => {
    assert.equal(frameIndex(payload), i);
    assert.deepEqual(frameBody(payload), bytesOf(sizes[i]!, i));
  });
});

test("tasks sent one at a time to two workers that keep falling idle all come back (no lost wake-up)", async () => {
  const channel = PoolChannel.create(2, 1 << 12, 1 << 12);
  const owner = new ChannelOwner(channel);
  const workers = [0, 1].map(() => new Worker(new URL("./poolChannelEcho.test-worker.js", import.meta.url), { workerData: shared(channel) }));
  const exited = workers.map((w) => new Promise((resolve) => w.once("exit", resolve)));
  let received = 0;
  const take = (): void => void owner.receive(() => received++);
  const total = 20_000;
  let stuck = false;
  for (let i = 0; i < total && !stuck; i++) {
    owner.send(message(1, 1, i));
    owner.flush();
    take();
    // Every few tasks, wait for all: the workers go to sleep, and the next task must wake one.
    if (i % 7 === 6) stuck = !owner.wait(() => (take(), received === i + 1), performance.now() + 10_000);
  }
  if (!stuck) stuck = !owner.wait(() => (take(), received === total), performance.now() + 10_000);
  if (stuck) {
    // Asleep with a task in the ring: they would miss the end messages too.
    await Promise.all(workers.map((w) => w.terminate()));
  } else {
    owner.send(message(0, 0, 0));
    owner.send(message(0, 0, 0));
    owner.flush();
    await Promise.all(exited);
  }
  assert.equal(stuck, false, `a task was never taken: ${received} of ${total} came back`);
});

function shared(channel: PoolChannel): SharedArrayBuffer[] {
  return [channel.ctrl.buffer, channel.tasks.buffer, channel.results.buffer, channel.workers.buffer] as SharedArrayBuffer[];
}

test("a reader that died in the middle of a message: the message is skipped, its task returned, the lock freed", () => {
  const channel = PoolChannel.create(1, 64, 64);
  const owner = new ChannelOwner(channel);
  owner.send(message(1, 4, 0, bytesOf(30, 0)));
  owner.send(message(1, 4, 1, bytesOf(5, 1)));
  owner.flush();
  // The dead worker (pid 99) had taken the lock and 10 bytes of the first message.
  Atomics.store(channel.ctrl, kPoolTaskReader, 99);
  Atomics.store(channel.ctrl, kPoolTaskTail, 10);
  assert.deepEqual(owner.recoverFrom(99, () => {}), { job: 4, index: 0 });
  assert.equal(Atomics.load(channel.ctrl, kPoolTaskReader), 0);
  const next = takeTask(channel, 5);
  assert.deepEqual([frameJob(next), frameIndex(next)], [4, 1]);
});

test("a reader that died before reading anything loses nothing", () => {
  const channel = PoolChannel.create(1, 64, 64);
  const owner = new ChannelOwner(channel);
  owner.send(message(1, 4, 0));
  owner.flush();
  Atomics.store(channel.ctrl, kPoolTaskReader, 99);
  assert.equal(owner.recoverFrom(99, () => {}), null);
  assert.equal(frameJob(takeTask(channel, 5)), 4);
});

test("a writer that died mid-message: complete results before it are kept, its partial one dropped", () => {
  const channel = PoolChannel.create(1, 64, 64);
  const owner = new ChannelOwner(channel);
  putResult(channel, 1, message(1, 2, 0, bytesOf(3, 0)));
  // Worker 99 took the writer lock and wrote 6 bytes of a longer message.
  const start = Atomics.load(channel.ctrl, kPoolResultHead);
  const partial = Uint8Array.of(53, 0, 0, 0, 1, 2, 0, 0, 0, 1, 0, 0, 0, ...bytesOf(40, 1));
  Atomics.store(channel.ctrl, kPoolResultWriter, 99);
  Atomics.store(channel.ctrl, kPoolResultWriteStart, start);
  channel.results.set(partial.subarray(0, 6), start);
  Atomics.store(channel.ctrl, kPoolResultHead, start + 6);
  const got: number[] = [];
  owner.recoverFrom(99, (p) => got.push(frameIndex(p)));
  assert.deepEqual(got, [0]);
  assert.equal(Atomics.load(channel.ctrl, kPoolResultWriter), 0);
  putResult(channel, 1, message(1, 2, 2));
  owner.receive((p) => got.push(frameIndex(p)));
  assert.deepEqual(got, [0, 2]);
});

test("counters wrap around 2^32 without losing bytes", () => {
  const channel = PoolChannel.create(1, 64, 64);
  const near = 2 ** 31 - 20;
  Atomics.store(channel.ctrl, kPoolTaskHead, near);
  Atomics.store(channel.ctrl, kPoolTaskTail, near);
  const owner = new ChannelOwner(channel);
  for (let i = 0; i < 6; i++) {
    owner.send(message(1, 1, i, bytesOf(9, i)));
    owner.flush();
    const payload = takeTask(channel, 3);
    assert.deepEqual(frameBody(payload), bytesOf(9, i));
  }
  assert.ok(Atomics.load(channel.ctrl, kPoolTaskHead) < 0, "the head went past 2^31 (negative as an Int32)");
});
