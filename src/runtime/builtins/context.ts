// The `with` statement's protocol (PEP 343), used by emitted code:
//
//   const held = enterContext(lock);          // calls lock.__enter__()
//   try { ... } catch (error) { held.exitWithError(error); } finally { held.exit(); }
//
// exitWithError calls __exit__(type, value, traceback) and rethrows unless it
// returns a true value; exit calls __exit__(None, None, None) on every other way
// out (normal end, return, break) and does nothing after exitWithError.

import { AttributeError, toPyException, TypeError } from "./exceptions.js";
import { isPy2 } from "./dialect.js";
import { truthy } from "./truth.js";
import { type, typeName } from "./types.js";

export interface ContextExit {
  /** What `__enter__` returned (the `as` target): any, like every value of unknown type in emitted code. */
  readonly value: any;
  exitWithError(error: unknown): void;
  exit(): void;
}

export function enterContext(manager: any): ContextExit {
  if (typeof manager?.__enter__ !== "function" || typeof manager?.__exit__ !== "function") {
    const missing = typeof manager?.__enter__ !== "function" ? "__enter__" : "__exit__";
    if (isPy2()) throw new AttributeError(missing);
    throw new TypeError(`'${typeName(manager)}' object does not support the context manager protocol`);
  }
  const value = manager.__enter__();
  let exited = false;
  return {
    value,
    exitWithError(error: unknown): void {
      exited = true;
      const exception = toPyException(error);
      if (!truthy(manager.__exit__(type(exception), exception, null))) throw error;
    },
    exit(): void {
      if (exited) return;
      exited = true;
      manager.__exit__(null, null, null);
    },
  };
}
