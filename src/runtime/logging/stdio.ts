// sys.stderr as the logging module writes to it: the runtime's sys.stderr, which
// writes UTF-8 straight to fd 2 with one writeSync per write().

import { stderr } from "../sys/stdio.js";

export function standardError(): { name: string; write(text: string): unknown; flush(): unknown } {
  return stderr;
}
