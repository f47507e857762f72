// sys.stdout and sys.stderr: text streams that write UTF-8 to fd 1 and fd 2 with
// fs.writeSync, from whichever thread runs the code. Node's process.stdout is
// asynchronous and its ordering breaks when a thread blocks in Atomics.wait; a
// synchronous write keeps CPython's line order. stdout is line-buffered as CPython's
// is on a terminal: a partial line waits for its newline, flush(), start() or the
// process's normal end, and is lost when the process is terminated.

import { writeSync } from "node:fs";
import { isatty } from "node:tty";
import { isPy2 } from "../builtins/dialect.js";
import { TypeError } from "../builtins/exceptions.js";
import { strLen } from "../builtins/strIndex.js";
import { typeName } from "../builtins/types.js";
import { isUnicode, utf8Encode } from "../builtins/unicode.js";

// Scratch cell for Atomics.wait: a portable sleep that works on any thread.
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

let retries = 0;

/** How many times a write found the descriptor full (EAGAIN) and waited; for tests and diagnostics. */
export function eagainRetryCount(): number {
  return retries;
}

/**
 * Writes all of text to fd, retrying the rest after a partial write or EAGAIN
 * (non-blocking pipes). Python 3 text is written as UTF-8; a Python 2 str is bytes,
 * one per char (docs/architecture.md §4), written as they are.
 */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, isPy2() && !/[^\x00-\xff]/.test(text) ? "latin1" : "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      retries++;
      Atomics.wait(sleepCell, 0, 0, 1);
    }
  }
}

/** A text stream on a file descriptor, with the file methods scripts use. */
export class TextStream {
  static readonly __name__ = "TextIOWrapper";

  /** Python 2's file.softspace: a print statement left a pending space. */
  softspace = 0;
  readonly encoding = "utf-8";
  readonly mode = "w";
  readonly closed = false;

  /** The partial line a line-buffered stream holds. */
  private pending = "";

  constructor(
    private readonly fd: number,
    readonly name: string,
    private readonly lineBuffered = false,
  ) {}

  /** Writes text, keeping a trailing partial line back when line-buffered. */
  private emit(text: string): void {
    if (!this.lineBuffered) {
      writeAll(this.fd, text);
      return;
    }
    const lastNewline = text.lastIndexOf("\n");
    if (lastNewline < 0) {
      this.pending += text;
      return;
    }
    const out = this.pending + text.slice(0, lastNewline + 1);
    this.pending = text.slice(lastNewline + 1);
    writeAll(this.fd, out);
  }

  /** Drops the held partial line (a new process in a reused worker starts with an empty buffer). */
  _discard(): void {
    this.pending = "";
  }

  /** file.write(s): returns the number of characters (None in Python 2). */
  write(s: unknown): number | null {
    // Python 2 writes a unicode value in the stream's encoding (UTF-8).
    if (isPy2() && isUnicode(s)) s = utf8Encode(s.text);
    if (typeof s !== "string") {
      throw new TypeError(isPy2() ? "expected a string or other character buffer object" : `write() argument must be str, not ${typeName(s)}`);
    }
    // Python 2's file.write clears softspace: `print 'a',` then write('x') gives 'ax'.
    this.softspace = 0;
    if (s !== "") this.emit(s);
    return isPy2() ? null : strLen(s);
  }

  writelines(lines: Iterable<unknown>): null {
    let text = "";
    for (const line of lines) {
      if (typeof line !== "string") throw new TypeError(`write() argument must be str, not ${typeName(line)}`);
      text += line;
    }
    this.softspace = 0;
    if (text !== "") this.emit(text);
    return null;
  }

  flush(): null {
    if (this.pending !== "") {
      const out = this.pending;
      this.pending = "";
      writeAll(this.fd, out);
    }
    return null;
  }

  fileno(): number {
    return this.fd;
  }

  isatty(): boolean {
    return isatty(this.fd);
  }

  /** Appends text without touching softspace (the print statement's own writes). */
  rawWrite(text: string): void {
    if (text !== "") this.emit(text);
  }

  __repr__(): string {
    return isPy2() ? `<open file '${this.name}', mode 'w'>` : `<_io.TextIOWrapper name='${this.name}' mode='w' encoding='utf-8'>`;
  }
}

export const stdout = new TextStream(1, "<stdout>", true);
export const stderr = new TextStream(2, "<stderr>");

/** The streams the program started with (sys.__stdout__, sys.__stderr__). */
export const __stdout__ = stdout;
export const __stderr__ = stderr;
