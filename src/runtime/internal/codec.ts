// The codec: Python values <-> bytes, for everything that crosses processes (start
// payloads, and later Queue, Pipe and Pool messages). Unlike pickle it never runs
// code on decode: instances are rebuilt with Object.create + defineProperty from
// classes found by name (the user module's exports or registered runtime classes),
// and shareable objects through their registered rebuilders. Corrupt input is
// rejected with a CodecError. Shared references and cycles survive (a memo).
//
// Two modes. "inheritance" (Process start: CPython forks, so anything the child
// inherits works) lets shareables travel as SharedArrayBuffer handles listed beside
// the bytes. "message" (Queue/Pipe/Pool, which pickle) refuses them with CPython's
// RuntimeError "Lock objects should only be shared between processes through
// inheritance".

import "./codecBuiltins.js";
import { ByteWriter } from "./codecBytes.js";
import { Decoder, forgetDecodedScriptExceptions } from "./codecDecoder.js";
import { Encoder, type CodecMode } from "./codecEncoder.js";
import { kNotFlat, readFlatMessageAt, writeFlatMessage } from "./codecFlat.js";
import type { Splice } from "./codecBytes.js";
import { kMagic, kVersion } from "./codecFormat.js";
import { CodecError } from "./codecRegistry.js";

export { CodecError, type CodecMode };
export { kMaxDepth, type BoundMethod } from "./codecFormat.js";

export interface Encoded {
  readonly bytes: Uint8Array;
  readonly buffers: SharedArrayBuffer[];
}

/**
 * One writer kept between encodes: allocating a fresh buffer per value was most of
 * the cost of a small message (bench/pool: apply_async). An encode that starts
 * while another is running (a getter of an encoded object encoding) gets its own.
 */
let spareWriter: ByteWriter | null = new ByteWriter();

export function encode(value: unknown, mode: CodecMode): Encoded {
  const writer = spareWriter ?? new ByteWriter();
  spareWriter = null;
  try {
    writer.reset();
    const encoder = new Encoder(mode, writer);
    writer.u8(kMagic);
    writer.u8(kVersion);
    encoder.value(value, 0);
    return { bytes: writer.finish(), buffers: encoder.buffers };
  } finally {
    spareWriter = writer;
  }
}

/** One encoder per process for message traffic (encoding never re-enters: it runs no user code). */
const messageEncoder = new Encoder("message");
let messageEncoderBusy = false;

/**
 * encode(value, "message") for Queue, Pipe and Pool traffic, without allocating:
 * the bytes are a view into a reused buffer, valid until the next call.
 */
export function encodeMessage(value: unknown): Uint8Array {
  return encodeWithMessageEncoder(value, /* tryFlat */ true);
}

/** encodeMessage; `tryFlat` false when the caller already found the value not flat. */
function encodeWithMessageEncoder(value: unknown, tryFlat: boolean): Uint8Array {
  if (messageEncoderBusy) return encode(value, "message").bytes;
  messageEncoderBusy = true;
  try {
    const encoder = messageEncoder;
    encoder.reset();
    if (!tryFlat || !writeFlatMessage(encoder.writer, value)) {
      encoder.reset();
      encoder.writer.u8(kMagic);
      encoder.writer.u8(kVersion);
      if (!encoder.flatSequence(value)) encoder.value(value, 0);
    }
    return encoder.writer.view();
  } finally {
    messageEncoderBusy = false;
  }
}

const noBuffers: readonly SharedArrayBuffer[] = [];
/** One decoder per process for message traffic, as for encoding (busy: a nested decode gets its own). */
const messageDecoder = new Decoder(new Uint8Array(0), noBuffers, /* messageMode */ true);
let messageDecoderBusy = false;

/** A message as encodeMessageParts gives it: `bytes` with large byte strings spliced in. */
export interface MessageParts {
  readonly bytes: Uint8Array;
  readonly splices: readonly Splice[];
}

/**
 * encodeMessage for a writer that copies the pieces itself (Channel.write): large
 * byte strings stay where they are, listed as splices. Valid until the next call.
 */
export function encodeMessageParts(value: unknown): MessageParts {
  if (messageEncoderBusy) return { bytes: encode(value, "message").bytes, splices: [] };
  const writer = messageEncoder.writer;
  // The short way first, with no splices to list (reset empties them).
  writer.reset();
  if (writeFlatMessage(writer, value)) {
    messageParts.bytes = writer.view();
    return messageParts;
  }
  writer.splicing = true;
  try {
    messageParts.bytes = encodeWithMessageEncoder(value, /* tryFlat */ false);
    return messageParts;
  } finally {
    writer.splicing = false;
  }
}

/** encodeMessageParts's result, reused. */
const messageParts: { bytes: Uint8Array; splices: readonly Splice[] } = { bytes: new Uint8Array(0), splices: messageEncoder.writer.splices };

/** decode() of a message (no shared handles travel in message mode). */
export function decodeMessage(payload: Uint8Array): unknown {
  return decodeMessageAt(payload, 0, payload.length);
}

/** decodeMessage of bytes[start, end): how Queue.get reads a message in place (channel.ts readInPlace). */
export function decodeMessageAt(bytes: Uint8Array, start: number, end: number): unknown {
  forgetDecodedScriptExceptions();
  const flat = readFlatMessageAt(bytes, start, end);
  if (flat !== kNotFlat) return flat;
  const payload = bytes.subarray(start, end);
  if (messageDecoderBusy) return decodeWith(new Decoder(payload, noBuffers, /* messageMode */ true));
  messageDecoderBusy = true;
  try {
    messageDecoder.reset(payload, noBuffers);
    return decodeWith(messageDecoder);
  } finally {
    messageDecoderBusy = false;
  }
}

export function decode(bytes: Uint8Array, buffers: readonly SharedArrayBuffer[]): unknown {
  return decodeWith(new Decoder(bytes, buffers));
}

function decodeWith(decoder: Decoder): unknown {
  if (decoder.reader.u8() !== kMagic || decoder.reader.u8() !== kVersion) throw new CodecError("not a py2ts-mp encoding");
  const value = decoder.value(0);
  if (!decoder.reader.atEnd()) throw new CodecError("trailing bytes after the value");
  return value;
}
