// Registers Python's built-in exception classes with the codec, so an exception
// raised in one process can be sent to another (Pool errors, Queue items) and
// rebuilt as the same class there.
// TODO(procs): register builtins' exception classes once they replace pyErrors.ts.

import { registerRuntimeClass } from "./codecRegistry.js";
import * as errors from "./pyErrors.js";

for (const [name, value] of Object.entries(errors)) {
  if (typeof value === "function" && value.prototype instanceof Error) registerRuntimeClass(`builtins.${name}`, value);
}
registerRuntimeClass("builtins.BaseException", errors.BaseException);
