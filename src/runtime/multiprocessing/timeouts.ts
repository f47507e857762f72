// A timeout that multiprocessing's Python code adds to the clock
// (`deadline = time.monotonic() + timeout` in Queue.get and connection.wait): a
// number of seconds, or the TypeError that addition raises. (SemLock's own C
// conversion is semlock.ts's timeoutSeconds.)

import { TypeError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { typeName } from "../builtins/types.js";

export function secondsAddedToClock(timeout: unknown): number {
  if (typeof timeout === "number" || typeof timeout === "boolean") return Number(timeout);
  if (timeout instanceof PyFloat) return timeout.value;
  if (typeof timeout === "bigint") return Number(timeout);
  throw new TypeError(`unsupported operand type(s) for +: 'float' and '${typeName(timeout)}'`);
}
