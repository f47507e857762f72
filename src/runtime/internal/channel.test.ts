// The shared-memory channel under Queue and Pipe: FIFO records, wrap-around,
// growth while records are wrapped (the moved head must still lead readers to
// offset 0), messages larger than the ring, the accept filter, end counts, and
// two producer threads against one consumer (FIFO per producer, nothing lost).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import { Channel, kInitialCapacity, kNoMessage, kRecordHeader } from "./channel.js";
import { kChanCapacity } from "./symbols.js";

function bytesOf(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

function readOne(channel: Channel): number[] | typeof kNoMessage {
  return channel.read((payload) => [...payload]);
}

describe("channel records", () => {
  test("FIFO, empty reads, payloads of every alignment", () => {
    const channel = Channel.create(false, 256);
    assert.equal(readOne(channel), kNoMessage);
    for (let n = 0; n < 9; n++) channel.write(Uint8Array.from({ length: n }, (_, i) => n * 10 + i));
    for (let n = 0; n < 9; n++) assert.deepEqual(readOne(channel), Array.from({ length: n }, (_, i) => n * 10 + i));
    assert.equal(readOne(channel), kNoMessage);
    assert.equal(channel.count(), 0);
    assert.equal(channel.hasMessage(), false);
  });

  test("a reader in place gets each record's bounds in the ring, also across wraps", () => {
    const channel = Channel.create(false, 128);
    for (let n = 0; n < 60; n++) {
      channel.write(Uint8Array.from({ length: n % 23 }, (_, i) => n + i), n, n + 1);
      const got = channel.readInPlace((ring, start, end, pid, gen) => [[...ring.subarray(start, end)], pid, gen]);
      assert.deepEqual(got, [Array.from({ length: n % 23 }, (_, i) => n + i), n, n + 1]);
    }
  });

  test("records wrap around the end of the ring many times", () => {
    const channel = Channel.create(false, 128);
    let next = 0;
    let expected = 0;
    for (let round = 0; round < 500; round++) {
      // Keep two records in flight so the tail wraps while the head is behind.
      while (next - expected < 2) {
        const size = (next * 7) % 20;
        channel.write(Uint8Array.from({ length: size + 1 }, () => next & 0xff));
        next++;
      }
      const got = readOne(channel) as number[];
      assert.equal(got.length, ((expected * 7) % 20) + 1);
      assert.ok(got.every((b) => b === (expected & 0xff)));
      expected++;
    }
    assert.equal(channel.header[kChanCapacity], 128, "never needed to grow");
  });

  test("growth while wrapped keeps order, and large messages fit", () => {
    const channel = Channel.create(false, 128);
    // Wrap first: fill, drain half, refill past the end.
    for (let i = 0; i < 4; i++) channel.write(bytesOf(i, i, i, i, i, i, i, i));
    for (let i = 0; i < 2; i++) assert.deepEqual(readOne(channel), Array(8).fill(i));
    for (let i = 4; i < 6; i++) channel.write(bytesOf(i, i, i, i, i, i, i, i));
    // Now a record that needs the ring to grow, with the data wrapped.
    const big = new Uint8Array(5000).fill(9);
    channel.write(big);
    channel.write(bytesOf(6));
    assert.ok(channel.header[kChanCapacity]! > 128);
    for (let i = 2; i < 6; i++) assert.deepEqual(readOne(channel), Array(8).fill(i));
    assert.equal((readOne(channel) as number[]).length, 5000);
    assert.deepEqual(readOne(channel), [6]);
    const huge = new Uint8Array(11 << 20);
    huge[huge.length - 1] = 1;
    channel.write(huge);
    const out = channel.read((payload) => payload.slice());
    assert.ok(out !== kNoMessage && out.length === huge.length && out[out.length - 1] === 1);
  });

  test("an emptied ring starts over at 0 for a record that fits only there (no growth), and large payloads copy exactly", () => {
    const channel = Channel.create(false, 1024);
    const big = Uint8Array.from({ length: 600 }, (_, i) => (i * 31) & 0xff);
    channel.write(big);
    assert.deepEqual(channel.read((payload) => payload.slice()), big);
    // The tail is now past the middle: 600 more bytes fit neither after it nor before it.
    channel.write(big);
    assert.equal(channel.header[kChanCapacity], 1024, "rewound instead of grown");
    assert.deepEqual(channel.read((payload) => payload.slice()), big);
    const huge = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7 + 3) & 0xff);
    channel.write(huge);
    channel.write(bytesOf(1, 2, 3));
    assert.deepEqual(channel.read((payload) => payload.slice()), huge);
    assert.deepEqual(readOne(channel), [1, 2, 3]);
  });

  test("a refused record stays; a record is freed even when its reader throws", () => {
    const channel = Channel.create(false);
    channel.write(bytesOf(1), 42, 7);
    channel.write(bytesOf(2), 0, 0);
    assert.equal(channel.read(() => "taken", (pid, gen) => !(pid === 42 && gen === 7)), kNoMessage);
    assert.deepEqual(channel.peekOrigin(), { pid: 42, gen: 7 });
    assert.throws(() => channel.read(() => {
      throw new Error("decode failed");
    }));
    assert.deepEqual(readOne(channel), [2]);
  });

  test("end counts: EOF when no writer is left, EPIPE when no reader", () => {
    const channel = Channel.create(true);
    assert.ok(channel.atEnd() && channel.unread());
    channel.addWriters(2);
    channel.addReaders(1);
    assert.ok(!channel.atEnd() && !channel.unread());
    channel.write(bytesOf(5));
    channel.addWriters(-2);
    assert.ok(channel.atEnd());
    assert.equal(channel.waitReadable(performance.now() + 1000, true), true);
    assert.deepEqual(readOne(channel), [5]);
    assert.equal(channel.waitReadable(performance.now(), true), true, "EOF ends a wait at once");
    assert.equal(Channel.create(false).atEnd(), false, "queues never end");
  });

  test("waitReadable times out on an empty channel", () => {
    const channel = Channel.create(false);
    const start = performance.now();
    assert.equal(channel.waitReadable(start + 50), false);
    assert.ok(performance.now() - start >= 45);
  });

  test("fromBuffers checks the shape of what it is given", () => {
    const channel = Channel.create(false);
    const [header, data] = channel.buffers;
    assert.ok(Channel.fromBuffers(header, data));
    assert.throws(() => Channel.fromBuffers(new SharedArrayBuffer(8), data));
    assert.throws(() => Channel.fromBuffers(header, new SharedArrayBuffer(kInitialCapacity)));
  });
});

const producerSource = `
const { workerData, parentPort } = require("node:worker_threads");
import(workerData.url).then(({ Channel }) => {
  const channel = Channel.fromBuffers(workerData.header, workerData.data);
  const payload = new Uint8Array(8);
  const view = new DataView(payload.buffer);
  for (let i = 0; i < workerData.count; i++) {
    view.setInt32(0, workerData.id, true);
    view.setInt32(4, i, true);
    // Every 1000th message is large, so producers grow the ring under the reader.
    channel.write(i % 1000 === 999 ? new Uint8Array(3000).fill(workerData.id) : payload);
  }
  parentPort.postMessage("done");
});
`;

describe("channel across threads", () => {
  test("two producers, one consumer: nothing lost, FIFO per producer", async () => {
    const channel = Channel.create(false, 1024);
    const [header, data] = channel.buffers;
    const count = 20000;
    const url = new URL("./channel.js", import.meta.url).href;
    const workers = [1, 2].map((id) => new Worker(producerSource, { eval: true, workerData: { url, header, data, count, id } }));
    try {
      const next = new Map([[1, 0], [2, 0]]);
      let received = 0;
      while (received < 2 * count) {
        // A sleeping wait never ends here if a producer thread died: fail instead.
        if (!channel.waitReadable(performance.now() + 10_000)) assert.fail(`no record for 10 s after ${received}`);
        const record = channel.read((payload) => (payload.length === 8 ? [new DataView(payload.buffer, payload.byteOffset, 8).getInt32(0, true), new DataView(payload.buffer, payload.byteOffset, 8).getInt32(4, true)] : [payload[0]!, -1]));
        if (record === kNoMessage) continue;
        const [id, i] = record as [number, number];
        const expected = next.get(id)!;
        if (i === -1) assert.equal(expected % 1000, 999, `large record of producer ${id} out of order`);
        else assert.equal(i, expected, `producer ${id}`);
        next.set(id, expected + 1);
        received++;
      }
      assert.equal(readOne(channel), kNoMessage);
      assert.ok(channel.header[kChanCapacity]! >= 1024 + kRecordHeader);
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  });
});

const echoSource = `
const { workerData } = require("node:worker_threads");
import(workerData.url).then(({ Channel, kNoMessage }) => {
  const input = Channel.fromBuffers(workerData.input[0], workerData.input[1]);
  const output = Channel.fromBuffers(workerData.output[0], workerData.output[1]);
  for (let i = 0; ; i++) {
    let message;
    while ((message = input.read((payload) => payload.slice())) === kNoMessage) input.waitReadable(performance.now() + 10_000);
    if (message.length === 0) break;
    // Now and then answer late, so the other side's spin gives up and it sleeps.
    if (i % 7 === 0) for (const until = performance.now() + 0.2; performance.now() < until; );
    output.write(message);
  }
});
`;

describe("channel ping-pong", () => {
  test("round trips where both sides keep falling asleep: every reply wakes its reader (no lost wake-up)", async () => {
    const request = Channel.create(false);
    const reply = Channel.create(false);
    const url = new URL("./channel.js", import.meta.url).href;
    const worker = new Worker(echoSource, { eval: true, workerData: { url, input: request.buffers, output: reply.buffers } });
    try {
      for (let i = 0; i < 5000; i++) {
        // Now and then ask late, so the echo side sleeps too.
        if (i % 5 === 0) for (const until = performance.now() + 0.2; performance.now() < until; );
        request.write(bytesOf(i & 0xff, i >> 8));
        const start = performance.now();
        let answer: number[] | typeof kNoMessage;
        while ((answer = readOne(reply)) === kNoMessage) {
          if (!reply.waitReadable(start + 10_000)) assert.fail(`no reply ${i} in 10 s (a lost wake-up, or the echo thread died)`);
        }
        // A lost wake-up leaves a reader asleep until its 10 s deadline (the echo side's too).
        const waited = performance.now() - start;
        assert.ok(waited < 5000, `reply ${i} waited ${waited.toFixed(0)} ms`);
        assert.deepEqual(answer, [i & 0xff, i >> 8]);
      }
      request.write(new Uint8Array(0));
    } finally {
      await worker.terminate();
    }
  });
});
