// What a forked child inherits from the parent's sys module: Python 2's pending
// softspace on sys.stdout/sys.stderr (after `print x,` the child's first print
// statement starts with a space, as CPython 2's does: it flushes the stream before
// forking but the flag is copied), and sys.argv as the parent has it at start().
// Registered here because the sys module's state is per process and fork
// semantics are multiprocessing's concern (internal/forkState.ts).

import { registerForkState, registerProcessReset } from "../internal/forkState.js";
import { stderr, stdout } from "../sys/stdio.js";
import { argv, setArgv } from "../sys/sysState.js";

registerForkState("sys.softspace", {
  snapshot: () => [stdout.softspace, stderr.softspace],
  restore: (state) => {
    const [out, err] = state as [number, number];
    stdout.softspace = out;
    stderr.softspace = err;
  },
});

registerProcessReset("sys.softspace", () => {
  stdout._discard();
  stdout.softspace = 0;
  stderr.softspace = 0;
});

const initialArgv = [...argv];

registerForkState("sys.argv", {
  snapshot: () => [...argv],
  restore: (state) => setArgv(state as string[]),
});

registerProcessReset("sys.argv", () => setArgv(initialArgv));
