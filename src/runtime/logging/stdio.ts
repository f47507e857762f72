// sys.stderr as the logging module writes to it. Interim: the sys module
// (values-num) owns sys.stderr; when it lands, standardError() returns that
// object, so a script that replaces sys.stderr is honoured. Until then: UTF-8
// straight to fd 2, one writeSync per write (retrying EAGAIN on non-blocking pipes).

import { writeSync } from "node:fs";

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(sleepCell, 0, 0, 1);
    }
  }
}

const stderr = {
  name: "<stderr>",
  write(text: string): null {
    if (text !== "") writeAll(2, text);
    return null;
  },
  flush(): null {
    return null;
  },
};

export function standardError(): { name: string; write(text: string): unknown; flush(): unknown } {
  return stderr;
}
