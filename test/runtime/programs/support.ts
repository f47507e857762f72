// Helpers of the hand-written test programs: print (until builtins' print lands,
// TODO(procs): use the runtime's print then) and the `attempt` pattern the Python
// twins use to show an exception's type and message.

import { writeSync } from "node:fs";
import { BaseException } from "../../../src/runtime/builtins/exceptions.js";
import { repr as pyRepr, str as pyStr } from "../../../src/runtime/builtins/repr.js";

/** Python's print: str() of each argument, space-separated, one write per call. */
export function print(...values: unknown[]): void {
  writeSync(1, values.map(pyStr).join(" ") + "\n");
}

export { repr, str } from "../../../src/runtime/builtins/repr.js";

/** `try: print(label, '->', repr(f())) except Exception as e: print(label, '!!', type(e).__name__, str(e))` */
export function attempt(label: string, f: () => unknown): void {
  try {
    print(label, "->", pyRepr(f()));
  } catch (error) {
    if (!(error instanceof BaseException)) throw error;
    print(label, "!!", (error.constructor as typeof BaseException).__name__, pyStr(error));
  }
}
