// Wires logging's hooks (hooks.ts) to the rest of the runtime: the exception the
// innermost `except` block is handling (sys.exc_info()), its traceback as CPython's
// traceback module formats it, and the Python caller of a logging call (from the
// JavaScript stack, mapped to the script's lines and code-object names).

import { currentException } from "../builtins/exceptions.js";
import { pythonFrames } from "../internal/pythonFrames.js";
import { formatTraceback } from "../internal/traceback.js";
import { setLoggingHooks, type CallerLocation } from "./hooks.js";

function locateCaller(stack: Error, stacklevel: number): CallerLocation {
  const frames = pythonFrames(stack);
  // Innermost first: the frame calling logging, then `stacklevel - 1` callers out.
  const frame = frames[Math.max(0, frames.length - Math.max(1, stacklevel))];
  return frame === undefined ? { lineno: 0, funcName: "(unknown function)" } : { lineno: frame.line, funcName: frame.name };
}

setLoggingHooks({
  handledException: () => currentException(),
  formatException: (exception) => formatTraceback(exception, "main", new Error("handler")),
  locateCaller,
});
