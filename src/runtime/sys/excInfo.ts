// sys.exc_info(): (type, value, traceback) of the exception the innermost
// `except` block is handling, or (None, None, None). The traceback object links
// the frames from the handling frame down to where the exception was raised, with
// tb_lineno and tb_next as in CPython (frame objects are not modelled: tb_frame
// raises AttributeError).

import { currentException } from "../builtins/exceptions.js";
import { addressOf } from "../builtins/object.js";
import { PyTuple } from "../builtins/tuple.js";
import { type } from "../builtins/types.js";
import { framesUntilHandler } from "../internal/traceback.js";

export class TracebackObject {
  static readonly __name__ = "traceback";

  constructor(
    readonly tb_lineno: number,
    readonly tb_next: TracebackObject | null,
  ) {}

  __repr__(): string {
    return `<traceback object at ${addressOf(this)}>`;
  }
}

export function exc_info(): PyTuple {
  const exception = currentException();
  if (exception === null) return PyTuple.of(null, null, null);
  const frames = framesUntilHandler(exception, new Error("exc_info"));
  let tb: TracebackObject | null = null;
  for (let i = frames.length - 1; i >= 0; i--) tb = new TracebackObject(frames[i]!.line, tb);
  return PyTuple.of(type(exception), exception, tb);
}
