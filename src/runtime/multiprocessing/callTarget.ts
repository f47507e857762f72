// Calls a process target with Python's positional and keyword arguments
// (`self._target(*self._args, **self._kwargs)`), through builtins' callKw, which
// binds them with the signature metadata attached to emitted functions — so a
// target given the wrong arguments raises CPython's TypeError in the child.

import { callKw } from "../builtins/call.js";
import type { PyDict } from "../builtins/dict.js";

export function callTarget(target: Function, args: readonly unknown[], kwargs: PyDict): unknown {
  return kwargs.__len__() === 0 ? callKw(target, args) : callKw(target, args, {}, kwargs);
}
