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
import { Decoder } from "./codecDecoder.js";
import { Encoder, type CodecMode } from "./codecEncoder.js";
import { kMagic, kVersion } from "./codecFormat.js";
import { CodecError } from "./codecRegistry.js";

export { CodecError, type CodecMode };
export { kMaxDepth, type BoundMethod } from "./codecFormat.js";

export interface Encoded {
  readonly bytes: Uint8Array;
  readonly buffers: SharedArrayBuffer[];
}

export function encode(value: unknown, mode: CodecMode): Encoded {
  const encoder = new Encoder(mode);
  encoder.writer.u8(kMagic);
  encoder.writer.u8(kVersion);
  encoder.value(value, 0);
  return { bytes: encoder.writer.finish(), buffers: encoder.buffers };
}

/** One encoder per process for message traffic (encoding never re-enters: it runs no user code). */
const messageEncoder = new Encoder("message");
let messageEncoderBusy = false;

/**
 * encode(value, "message") for Queue, Pipe and Pool traffic, without allocating:
 * the bytes are a view into a reused buffer, valid until the next call.
 */
export function encodeMessage(value: unknown): Uint8Array {
  if (messageEncoderBusy) return encode(value, "message").bytes;
  messageEncoderBusy = true;
  try {
    const encoder = messageEncoder;
    encoder.reset();
    encoder.writer.u8(kMagic);
    encoder.writer.u8(kVersion);
    encoder.value(value, 0);
    return encoder.writer.view();
  } finally {
    messageEncoderBusy = false;
  }
}

/** decode() of a message (no shared handles travel in message mode). */
export function decodeMessage(payload: Uint8Array): unknown {
  return decode(payload, []);
}

export function decode(bytes: Uint8Array, buffers: readonly SharedArrayBuffer[]): unknown {
  const decoder = new Decoder(bytes, buffers);
  if (decoder.reader.u8() !== kMagic || decoder.reader.u8() !== kVersion) throw new CodecError("not a py2ts-mp encoding");
  const value = decoder.value(0);
  if (!decoder.reader.atEnd()) throw new CodecError("trailing bytes after the value");
  return value;
}
