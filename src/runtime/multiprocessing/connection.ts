// multiprocessing.connection: Pipe(duplex=True) -> two Connections, and wait().
// Each direction of a pipe is a channel (internal/channel.ts); a Connection reads
// from one and writes to the other (one-way pipes: the first end only reads, the
// second only writes). Messages, errors and EOF follow CPython's Unix Connection:
//
// - EOF: recv() raises EOFError once the channel is drained and no copy of the
//   writing end is open anywhere. As after fork, a child holds a copy of every
//   connection its parent had open at start() (not only those in its args): the
//   copies are counted in the channel (kChanWriters/kChanReaders) when start()
//   snapshots the fork state, and the child closes what it still holds when it
//   ends. So a parent that keeps its copy of the child's end open never sees EOF,
//   exactly as in CPython.
// - A send to a pipe whose reading ends are all closed is BrokenPipeError (EPIPE).
// - send() pickles before anything is written, so unpicklable values raise
//   CPython's pickling errors (internal/pickleErrors.ts) and nothing is sent.

import { PyByteArray } from "../builtins/bytearray.js";
import { ByteSequence, PyBytes } from "../builtins/bytes.js";
import { isPy2 } from "../builtins/dialect.js";
import { AttributeError, EOFError, NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { asciiEncode, isUnicode } from "../builtins/unicode.js";
import { PyList } from "../builtins/list.js";
import { PyObject } from "../builtins/object.js";
import { IOError, OSError } from "../builtins/osErrors.js";
import { hasattr } from "../builtins/attributes.js";
import { pyIterator } from "../builtins/iterProtocol.js";
import { repr } from "../builtins/repr.js";
import { truthy } from "../builtins/truth.js";
import { PyTuple } from "../builtins/tuple.js";
import { typeName } from "../builtins/types.js";
import { Channel, kNoMessage, type InPlaceReader } from "../internal/channel.js";
import { decodeMessageAt, encodeMessageParts } from "../internal/codec.js";
import { copyOut, type Splice } from "../internal/codecBytes.js";
import { kMagic } from "../internal/codecFormat.js";
import { CodecError, expectCodec, kShare, registerRuntimeClass, registerShareable, type ShareState } from "../internal/codecRegistry.js";
import { registerForkState, registerProcessReset } from "../internal/forkState.js";
import { prewarmHub } from "../internal/hubClient.js";
import { rehearseMessagePath } from "../internal/messageRehearsal.js";
import { pollExit } from "../internal/processCell.js";
import { UnpicklingError } from "../internal/pickleErrors.js";
import { deadlineAfter, sleepUntil, type Deadline } from "../internal/wait.js";
import { BufferTooShort } from "./errors.js";
import { flushFeeders } from "./feeder.js";
import { sentinelCell } from "./popen.js";
import { secondsAddedToClock } from "./timeouts.js";
import { initReceivedExceptions } from "./unpickledExceptions.js";
import { addFinalizer } from "./util.js";
import { refuseMissingLibraryMembers } from "../internal/missingLibraryMembers.js";

/** Connection ends open in this process (each is one counted copy in its channels). */
const openHere = new Set<Connection>();
let closesAtExit = false;
/** Python 2 reprs show a handle number; ours are made up, like the sentinels. */
let nextHandle = 3;

export class Connection extends PyObject {
  /** The channel this end reads from (null: write-only) and the one it writes to (null: read-only). */
  declare _in: Channel | null;
  declare _out: Channel | null;
  declare _closed: boolean;
  declare _readable: boolean;
  declare _writable: boolean;
  declare _handle: number;

  /** Python 2.7's Connection is the C type `_multiprocessing.Connection`. */
  static override get __module__(): string {
    return isPy2() ? "_multiprocessing" : "multiprocessing.connection";
  }

  /** Runtime use only (Pipe() and the codec create connections). */
  override __init__(): any {
    throw new TypeError("py2ts-mp: Connection objects are made by Pipe()");
  }

  /** An end that holds one counted copy of its channels (a new end, or one a child inherited). */
  static _open(input: Channel | null, output: Channel | null, counted: boolean): Connection {
    rehearseMessagePath();
    const conn = Object.create(Connection.prototype as object) as Connection;
    conn._in = input;
    conn._out = output;
    conn._closed = false;
    conn._readable = input !== null;
    conn._writable = output !== null;
    conn._handle = nextHandle++;
    if (!counted) {
      output?.addWriters(1);
      input?.addReaders(1);
    }
    holdUntilExit(conn);
    return conn;
  }

  get closed(): boolean {
    return this._closed;
  }

  get readable(): boolean {
    return this._readable;
  }

  get writable(): boolean {
    return this._writable;
  }

  fileno(): never {
    if (this._closed && isPy2()) throw new IOError("handle is invalid");
    this._checkClosed();
    throw new NotImplementedError("py2ts-mp connections have no file descriptor; use poll() or multiprocessing.connection.wait()");
  }

  close(): null {
    if (this._closed) return null;
    this._closed = true;
    this._release();
    return null;
  }

  /** Gives up this copy's counts (close, or the process ending). */
  _release(): void {
    openHere.delete(this);
    this._out?.addWriters(-1);
    this._in?.addReaders(-1);
  }

  /** send(obj): pickles it, then writes one message. */
  send(obj: unknown): null {
    const output = this._checkWritable();
    const message = encodeMessageParts(obj);
    this._write(output, message.bytes, message.splices);
    return null;
  }

  /** send_bytes(buf, offset=0, size=None). */
  send_bytes(buf: unknown, offset: unknown = 0, size?: unknown): null {
    // Python 2's C method parses its arguments before it looks at the connection;
    // Python 3 compares offset and size as numbers and slices a memoryview with them
    // (a float passes the checks, then the slice refuses it).
    let start: number;
    let count: number | null = null;
    let output: Channel;
    let data: Uint8Array;
    if (isPy2()) {
      data = bytesOf(buf);
      start = ssizeArgument(offset);
      if (size !== undefined) count = ssizeArgument(size);
      output = this._checkWritable();
    } else {
      output = this._checkWritable();
      data = bytesOf(buf);
      start = comparedWithZero(offset);
      if (size !== null && size !== undefined) count = comparedWithZero(size);
    }
    if (start < 0) throw new ValueError("offset is negative");
    if (data.length < start) throw new ValueError("buffer length < offset");
    if (count === null) count = data.length - start;
    else {
      if (count < 0) throw new ValueError("size is negative");
      if (start + count > data.length) throw new ValueError("buffer length < offset + size");
    }
    if (isFloat(offset) || isFloat(size)) throw new TypeError("slice indices must be integers or None or have an __index__ method");
    this._write(output, data.subarray(start, start + count));
    return null;
  }

  private _write(output: Channel, payload: Uint8Array, splices?: readonly Splice[]): void {
    if (output.unread()) throw brokenPipe();
    output.write(payload, 0, 0, splices);
  }

  /** recv(): the next object; EOFError when the other end is closed and nothing is left. */
  recv(): any {
    const value = this._receiveFrom(this._checkReadable(), decodeReceived);
    initReceivedExceptions();
    return value;
  }

  /** recv_bytes(maxlength=None): the next message's bytes (a str in Python 2). */
  recv_bytes(maxlength: unknown = null): unknown {
    const input = this._checkReadable();
    let limit = Infinity;
    if (maxlength !== null && maxlength !== undefined) {
      limit = isPy2() ? ssizeArgument(maxlength) : maxlengthPy3(maxlength);
      if (limit < 0) throw new ValueError(isPy2() ? "maxlength < 0" : "negative maxlength");
    }
    const data = this._receiveFrom(input, (ring, from, to) => (to - from > limit ? null : copyOut(ring, from, to - from)));
    if (data === null) this._badMessageLength();
    return bytesResult(data);
  }

  /**
   * recv_bytes_into(buf, offset=0): the message copied into a writable buffer; its
   * length. As in CPython, a bytes buffer passes the checks made before receiving,
   * so the message is consumed before its TypeError (or BufferTooShort).
   */
  recv_bytes_into(buf: unknown, offset: unknown = 0): number {
    const input = this._checkReadable();
    const target = receivingBufferOf(buf);
    const start = intArgument(offset);
    if (start < 0) throw new ValueError("negative offset");
    if (start > target.length) throw new ValueError("offset too large");
    const data = this._receiveFrom(input, (ring, from, to) => copyOut(ring, from, to - from));
    if (target.length < start + data.length) throw new BufferTooShort(bytesResult(data));
    if (!(target instanceof PyByteArray)) throw new TypeError("readinto() argument must be read-write bytes-like object, not memoryview");
    target.data.set(data, start);
    return data.length;
  }

  /** poll(timeout=0.0): whether recv() would not block (a message, or EOF); None waits forever. */
  poll(timeout: unknown = 0): boolean {
    if (isPy2() && this._closed && this._readable) return false;
    // The timeout is checked even when a message is waiting: Python 2's C poll()
    // parses it first, Python 3's wait() adds it to the clock after the checks.
    const early = isPy2() ? pollDeadline(timeout) : undefined;
    const input = this._checkReadable();
    const deadline = early ?? pollDeadline(timeout);
    if (input.hasMessage() || input.atEnd()) return true;
    if (timeout === null) flushFeeders();
    return input.waitReadable(deadline, /* orEnd */ true);
  }

  __enter__(): this {
    if (isPy2()) throw new AttributeError("'_multiprocessing.Connection' object has no attribute '__enter__'");
    return this;
  }

  __exit__(..._args: unknown[]): null {
    this.close();
    return null;
  }

  override __repr__(): any {
    if (!isPy2()) return super.__repr__();
    const mode = this._readable ? (this._writable ? "read-write" : "read-only") : "write-only";
    return `<${mode} Connection, handle ${this._closed ? -1 : this._handle}>`;
  }

  override toString(): string {
    return this.__repr__();
  }

  /** Waits for the next message (EOFError at the end) and passes its payload to `read`. */
  private _receiveFrom<T>(input: Channel, read: InPlaceReader<T>): T {
    for (let flushed = false; ; ) {
      const value = input.readInPlace(read);
      if (value !== kNoMessage) return value;
      if (input.atEnd() && !input.hasMessage()) throw new EOFError();
      // Blocking lets this process's feeder threads run (feeder.ts).
      if (!flushed) {
        flushFeeders();
        flushed = true;
      }
      input.waitReadable(Infinity, /* orEnd */ true);
    }
  }

  private _badMessageLength(): never {
    if (this._writable) this._readable = false;
    else this.close();
    throw isPy2() ? new IOError("bad message length") : new OSError("bad message length");
  }

  private _checkClosed(): void {
    if (!this._closed) return;
    throw isPy2() ? new IOError(9, "Bad file descriptor") : new OSError("handle is closed");
  }

  private _checkReadable(): Channel {
    // Python 2's C Connection checks the direction first, Python 3 whether it is closed.
    if (isPy2() && !this._readable) throw new IOError("connection is write-only");
    this._checkClosed();
    if (!this._readable || this._in === null) throw isPy2() ? new IOError("connection is write-only") : new OSError("connection is write-only");
    return this._in;
  }

  private _checkWritable(): Channel {
    if (isPy2() && !this._writable) throw new IOError("connection is read-only");
    this._checkClosed();
    if (!this._writable || this._out === null) throw isPy2() ? new IOError("connection is read-only") : new OSError("connection is read-only");
    return this._out;
  }

  [kShare](): ShareState {
    const buffers = [...(this._in?.buffers ?? []), ...(this._out?.buffers ?? [])];
    return {
      kind: "Connection",
      typeName: "Connection",
      buffers,
      refuse: () =>
        new NotImplementedError(
          "py2ts-mp cannot send a Connection through a Queue, a Pipe or a Pool; pass it to the Process (args or a module global) instead",
        ),
      state: PyTuple.of(this._in !== null, this._out !== null, this._closed, this._readable),
    };
  }
}

/** Pipe(duplex=True) -> (conn1, conn2); with duplex=False conn1 only receives and conn2 only sends. */
export function Pipe(duplex: unknown = true): PyTuple<Connection> {
  prewarmHub();
  if (truthy(duplex)) {
    const oneToTwo = Channel.create(true);
    const twoToOne = Channel.create(true);
    return PyTuple.of(Connection._open(twoToOne, oneToTwo, false), Connection._open(oneToTwo, twoToOne, false));
  }
  const channel = Channel.create(true);
  return PyTuple.of(Connection._open(channel, null, false), Connection._open(null, channel, false));
}

/**
 * wait(object_list, timeout=None): the connections that have a message or EOF and
 * the process sentinels whose process ended, in the order given; [] on timeout.
 */
export function wait(object_list: unknown, timeout: unknown = null): PyList<unknown> {
  const objects = [...iterate(object_list)];
  const checks = objects.map(readinessCheck);
  const deadline = timeout === null || timeout === undefined ? Infinity : pollDeadline(timeout);
  flushFeeders();
  for (;;) {
    const ready = PyList.of<unknown>();
    for (let i = 0; i < objects.length; i++) if (checks[i]!()) ready.push(objects[i]);
    if (ready.length > 0 || performance.now() >= deadline) return ready;
    const only = objects.length === 1 ? objects[0] : null;
    if (only instanceof Connection && only._in !== null) only._in.waitReadable(deadline, /* orEnd */ true);
    else sleepUntil(Math.min(deadline, performance.now() + kWaitSliceMs));
  }
}

/** Python's iteration of wait()'s object_list (TypeError "'int' object is not iterable"). */
function* iterate(iterable: unknown): Generator<unknown> {
  const iterator = pyIterator(iterable);
  for (let step = iterator.next(); !step.done; step = iterator.next()) yield step.value;
}

/** How often wait() looks again at several objects (there is no one word to sleep on). */
const kWaitSliceMs = 1;

function readinessCheck(object: unknown): () => boolean {
  if (object instanceof Connection) {
    if (object._closed) throw new OSError("handle is closed");
    const input = object._in;
    // A write-only end becomes "readable" only when the pipe breaks.
    if (input === null) return () => object._out!.unread();
    return () => input.hasMessage() || input.atEnd();
  }
  if (typeof object === "number" && Number.isInteger(object)) {
    // selectors' check on a file descriptor, before the selector sees it.
    if (object < 0) throw new ValueError(`Invalid file descriptor: ${object}`);
    const cell = sentinelCell(object);
    if (cell === undefined) throw new OSError(9, "Bad file descriptor");
    return () => pollExit(cell) !== null;
  }
  // Other objects with a fileno() (files, sockets) are real descriptors we do not have.
  if (hasattr(object, "fileno")) {
    throw new TypeError(`py2ts-mp: wait() takes Connection objects and process sentinels, not '${typeName(object)}'`);
  }
  // selectors._fileobj_to_fd: neither an int nor something with a fileno().
  throw new ValueError(`Invalid file object: ${repr(object)}`);
}

/** poll()'s timeout: seconds (negative counts as 0), None for no limit. */
function pollDeadline(timeout: unknown): Deadline {
  if (timeout === null || timeout === undefined) return Infinity;
  // Python 2's C poll() parses a float; Python 3's wait() computes `time.monotonic() + timeout` first.
  if (isPy2() && !(typeof timeout === "number" || typeof timeout === "boolean" || typeof timeout === "bigint" || timeout instanceof PyFloat)) {
    throw new TypeError("a float is required");
  }
  return deadlineAfter(secondsAddedToClock(timeout));
}

/** recv() of a message, ring[start, end): what send() sent, else CPython's unpickling errors. */
function decodeReceived(ring: Uint8Array, start: number, end: number): unknown {
  if (start === end) throw isPy2() ? new EOFError() : new EOFError("Ran out of input");
  if (ring[start] !== kMagic) throw new UnpicklingError("py2ts-mp: the message was not sent by send() (send_bytes() data is not a pickle)");
  try {
    return decodeMessageAt(ring, start, end);
  } catch (error) {
    if (error instanceof CodecError) throw new UnpicklingError(`py2ts-mp: corrupt message (${error.message})`);
    throw error;
  }
}

/**
 * The bytes send_bytes() takes: bytes or bytearray in Python 3; in Python 2 a str
 * (a byte string: one char per byte) or a unicode the buffer interface encodes as ASCII.
 */
function bytesOf(buf: unknown): Uint8Array {
  if (buf instanceof ByteSequence) return buf.data;
  if (isPy2()) {
    if (typeof buf === "string") return Buffer.from(buf, "latin1");
    if (isUnicode(buf)) return Buffer.from(asciiEncode(buf.text), "latin1");
    throw new TypeError(`argument 1 must be string or read-only buffer, not ${typeName(buf)}`);
  }
  throw new TypeError(`memoryview: a bytes-like object is required, not '${typeName(buf)}'`);
}

/** recv_bytes_into()'s buffer: a bytearray; in Python 3 also bytes, refused only once the message is read. */
function receivingBufferOf(buf: unknown): ByteSequence {
  if (buf instanceof PyByteArray) return buf;
  if (isPy2()) throw new TypeError(`argument 1 must be read-write buffer, not ${typeName(buf)}`);
  if (buf instanceof PyBytes) return buf;
  throw new TypeError(`memoryview: a bytes-like object is required, not '${typeName(buf)}'`);
}

/** What recv_bytes() returns: bytes, or in Python 2 a str (a byte string: one char per byte). */
function bytesResult(data: Uint8Array): unknown {
  if (!isPy2()) return new PyBytes(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
}

/** Python 3's recv_bytes() only compares maxlength with 0 and the size: a float works. */
function maxlengthPy3(value: unknown): number {
  return comparedWithZero(value);
}

/** A number Python 3 code only compares (`offset < 0`): any int, bool or float; else that comparison's TypeError. */
function comparedWithZero(value: unknown): number {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return Number(value);
  throw new TypeError(`'<' not supported between instances of '${typeName(value)}' and 'int'`);
}

/** Python 2's C argument parser's `n` (send_bytes's offset and size, recv_bytes's maxlength): no None, no float. */
function ssizeArgument(value: unknown): number {
  if (isFloat(value)) throw new TypeError("integer argument expected, got float");
  return intArgument(value);
}

/** A Python float: a PyFloat box (integral values) or a JavaScript number with a fraction. */
function isFloat(value: unknown): boolean {
  return value instanceof PyFloat || (typeof value === "number" && !Number.isInteger(value));
}

function intArgument(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "boolean") return Number(value);
  if (typeof value === "bigint") return Number(value);
  throw new TypeError(isPy2() ? "an integer is required" : `'${typeName(value)}' object cannot be interpreted as an integer`);
}

function brokenPipe(): Error {
  return isPy2() ? new IOError(32, "Broken pipe") : new OSError(32, "Broken pipe");
}

/** Registers an open end; the process closes what it still holds when it ends. */
function holdUntilExit(conn: Connection): void {
  openHere.add(conn);
  if (closesAtExit) return;
  closesAtExit = true;
  // After every other finalizer and after the children are joined: a child's EOF
  // must not come before CPython's would (when this process is gone).
  addFinalizer(() => {
    for (const open of [...openHere]) open._release();
  }, -1000);
}

// A forked child holds a copy of every connection open in its parent at start().
registerForkState("multiprocessing.connection", {
  snapshot: () => {
    const inherited = [...openHere];
    for (const conn of inherited) {
      conn._out?.addWriters(1);
      conn._in?.addReaders(1);
    }
    return PyList.of(...inherited);
  },
  // The child's copies were registered when the codec rebuilt them.
  restore: () => {},
});

registerProcessReset("multiprocessing.connection", () => {
  openHere.clear();
  closesAtExit = false;
  nextHandle = 3;
});

registerShareable("Connection", (buffers, state) => {
  expectCodec(state instanceof PyTuple && state.length === 4, "Connection handle");
  const [readable, writable, closed, stillReadable] = state as unknown as [unknown, unknown, unknown, unknown];
  expectCodec(typeof readable === "boolean" && typeof writable === "boolean" && typeof closed === "boolean" && typeof stillReadable === "boolean", "Connection state");
  expectCodec(buffers.length === 2 * (Number(readable) + Number(writable)) && (readable || writable), "Connection buffers");
  const input = readable ? Channel.fromBuffers(buffers[0], buffers[1]) : null;
  const output = writable ? Channel.fromBuffers(buffers[readable ? 2 : 0], buffers[readable ? 3 : 1]) : null;
  if (closed) {
    const conn = Object.create(Connection.prototype as object) as Connection;
    Object.assign(conn, { _in: input, _out: output, _closed: true, _readable: readable, _writable: writable, _handle: -1 });
    return conn;
  }
  // An open end in a start payload is a copy the parent counted for this child.
  const conn = Connection._open(input, output, /* counted */ true);
  conn._readable = stillReadable;
  return conn;
});

registerRuntimeClass("multiprocessing.connection.Connection", Connection);
refuseMissingLibraryMembers(Connection);
