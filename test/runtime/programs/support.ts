// Helpers of the hand-written test programs: the runtime's print, repr and str,
// and the `attempt` pattern the Python twins use to show an exception's type and
// message.

import { print } from "py2ts-mp/runtime";
import { BaseException } from "../../../src/runtime/builtins/exceptions.js";
import { repr as pyRepr, str as pyStr } from "../../../src/runtime/builtins/repr.js";

export { print };

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
