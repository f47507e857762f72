// Unpickling an exception calls its class with its args, then restores its
// __dict__ (BaseException.__reduce__). For a script's exception whose __init__
// takes other arguments than it passes to the base, that is CPython's TypeError
// in the receiving get()/recv() (the message is consumed), and an __init__ that
// rewrites its message rewrites it again ('E: ' + msg becomes 'E: E: msg').

import { checkArgumentCount } from "../builtins/binding.js";
import { BaseException } from "../builtins/exceptions.js";
import { PyTuple } from "../builtins/tuple.js";
import { takeDecodedScriptExceptions } from "../internal/codecDecoder.js";

/** What an exception object holds besides its __dict__ (pickle does not carry these as state). */
const kNotState = new Set(["args", "__cause__", "__context__", "__suppress_context__", "__traceback__"]);

/** Runs, in unpickling order, the __init__ of the script's exceptions in the value just received. */
export function initReceivedExceptions(): void {
  for (const error of takeDecodedScriptExceptions()) {
    if (error instanceof BaseException) reinit(error);
  }
}

function reinit(error: BaseException): void {
  const args = [...error.args];
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(error)) if (!kNotState.has(key)) state[key] = error[key];
  checkArgumentCount(error.constructor, args.length);
  // BaseException.__new__ keeps every argument; then the class's __init__ runs.
  error.args = PyTuple.fromArray(args);
  const init = error.__init__ as (...a: unknown[]) => unknown;
  if (init !== BaseException.prototype.__init__) init.apply(error, args);
  Object.assign(error, state);
}
