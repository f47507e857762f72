// Synchronous, whole writes to a file descriptor from any thread. The runtime's own
// messages (child tracebacks, "Process Process-1:") go through here so they are
// ordered with print's output: never Node's asynchronous process.stdout/stderr,
// whose ordering breaks when a thread blocks (DESIGN.md §2).

import { writeSync } from "node:fs";
import { isPy2 } from "../builtins/dialect.js";

const backoff = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to `fd` (1 = stdout, 2 = stderr), retrying partial writes and
 * EAGAIN. Under Python 2 the text is bytes, one char each (a process name, a
 * traceback: docs/architecture.md §4), written as they are.
 */
export function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, isPy2() && !/[^\x00-\xff]/.test(text) ? "latin1" : "utf8");
  while (bytes.length > 0) {
    try {
      const written = writeSync(fd, bytes);
      bytes = bytes.subarray(written);
    } catch (error) {
      // A non-blocking pipe that is full: wait a moment for the reader.
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(backoff, 0, 0, 1);
    }
  }
}
