// Calls a process target with Python's positional and keyword arguments
// (`self._target(*self._args, **self._kwargs)`), through builtins' callKw, which
// binds keywords with the signature metadata attached to emitted functions.

import { callKw } from "../builtins/call.js";
import type { PyDict } from "../builtins/dict.js";

export function callTarget(target: Function, args: readonly unknown[], kwargs: PyDict): unknown {
  return kwargs.__len__() === 0 ? target(...args) : callKw(target, args, {}, kwargs);
}
