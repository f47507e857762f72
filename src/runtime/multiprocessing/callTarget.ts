// Calls a process target with Python's positional and keyword arguments
// (`self._target(*self._args, **self._kwargs)`).
// TODO(lead): keyword arguments need the runtime's keyword-binding helper (the
// metadata attached to emitted functions, DESIGN.md §4); until it exists a target
// given kwargs is a clear NotImplementedError instead of a silently wrong call.

import { NotImplementedError } from "../internal/pyErrors.js";

export function callTarget(target: Function, args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>): unknown {
  if (Object.keys(kwargs).length > 0) {
    throw new NotImplementedError(`keyword arguments to the process target ${target.name} are not supported yet`);
  }
  return target(...args);
}
