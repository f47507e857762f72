// The exceptions a manager's caller sees besides the ones its method raised:
// RemoteError (a failure of the server's own, with its traceback text), and what
// CPython's socket layer raises once the server has gone: BrokenPipeError on a
// connection the process already had, FileNotFoundError when it would make a new
// one (the socket file is gone), EOFError for a call the server never answered.
// Python 2 raises IOError and socket.error with the same texts.

import { isPy2 } from "../../builtins/dialect.js";
import { EOFError, Exception } from "../../builtins/exceptions.js";
import { BrokenPipeError, FileNotFoundError, IOError } from "../../builtins/osErrors.js";
import { str } from "../../builtins/repr.js";
import { registerRuntimeClass } from "../../internal/codecRegistry.js";

/** multiprocessing.managers.RemoteError: str() frames the server's traceback in dashes. */
export class RemoteError extends Exception {
  static override get __module__(): string {
    return "multiprocessing.managers";
  }

  override __str__(): any {
    const rule = "-".repeat(75);
    return `\n${rule}\n${str(this.args[0])}${rule}`;
  }
}
registerRuntimeClass("multiprocessing.managers.RemoteError", RemoteError);

type ErrorClass = new (...args: unknown[]) => Error;

/** Python 2's socket.error, made once the dialect is known (it extends that dialect's IOError). */
let socketErrorClass: ErrorClass | null = null;

/** Python 2's socket.error (an IOError). */
function socketError(errno: number, text: string): Error {
  if (socketErrorClass === null) {
    const Base = IOError as unknown as ErrorClass;
    socketErrorClass = class error extends Base {
      static get __module__(): string {
        return "socket";
      }
    };
  }
  return new socketErrorClass(errno, text);
}

/** Python 2's thread.error, raised by releasing an unlocked thread.lock. */
class ThreadError extends Exception {
  static override get __module__(): string {
    return "thread";
  }
}
Object.defineProperty(ThreadError, "name", { value: "error" });
registerRuntimeClass("thread.error", ThreadError);

export function threadError(text: string): Error {
  return new ThreadError(text);
}

/** A call on a connection whose server has stopped. */
export function brokenPipe(): Error {
  return isPy2() ? new (IOError as unknown as ErrorClass)(32, "Broken pipe") : new BrokenPipeError(32, "Broken pipe");
}

/** A new connection to a server that has stopped. */
export function noSuchServer(): Error {
  return isPy2() ? socketError(2, "No such file or directory") : new FileNotFoundError(2, "No such file or directory");
}

/** A call the server ended without answering. */
export function connectionClosed(): Error {
  return new EOFError();
}
