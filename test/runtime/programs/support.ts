// Stand-ins the hand-written test programs use until builtins land.
// TODO(procs): replace with the runtime's print/str once values-num/values-obj merge.

import { writeSync } from "node:fs";
import { pyRepr, pyStr } from "../../../src/runtime/internal/pyValues.js";

/** Python's print: str() of each argument, space-separated, one write per call. */
export function print(...values: unknown[]): void {
  writeSync(1, values.map(pyStr).join(" ") + "\n");
}

export { pyRepr as repr, pyStr as str } from "../../../src/runtime/internal/pyValues.js";

/** `try: print(label, '->', repr(f())) except Exception as e: print(label, '!!', type(e).__name__, str(e))` */
export function attempt(label: string, f: () => unknown): void {
  try {
    print(label, "->", pyRepr(f()));
  } catch (error) {
    if (!(error instanceof Error) || error.name === "Error") throw error;
    print(label, "!!", error.name, error.message);
  }
}
