// Formats an uncaught exception the way CPython prints it: "Traceback (most recent
// call last):", one `  File "x.py", line N, in name` line per frame of the script
// with its source line under it, then "ValueError: message". Python 3 first prints
// the exceptions it chained (__cause__, or __context__ unless suppressed). Used for
// the main process and for a child process's uncaught exception (after "Process
// Process-1:", with CPython's two multiprocessing frames above the target's).
// Not reproduced: 3.11's ^^^ markers under a frame's source line.

import { BaseException, hasTraceback } from "../builtins/exceptions.js";
import { isPy2 } from "../builtins/dialect.js";
import { repr, str } from "../builtins/repr.js";
import { utf8Encode } from "../builtins/unicode.js";
import { programInfo } from "./program.js";
import { pythonFrames, sourceLine, type PythonFrame } from "./pythonFrames.js";

/** Where the exception escaped: the main module body, or a child process's run(). */
export type TracebackOrigin = "main" | "process";

// Stacks must reach the module body: CPython prints every frame.
Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 200);

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

/**
 * The whole traceback text, ending with a newline. With `handledAt` (a stack
 * captured inside the `except` block handling `error`, as logging.exception()
 * does), the frames above the handler are left out, as CPython's traceback of a
 * caught exception starts at the frame that caught it.
 */
export function formatTraceback(error: unknown, origin: TracebackOrigin = "main", handledAt?: Error): string {
  const chain = isPy2() ? [{ error, separator: "" }] : exceptionChain(error);
  let text = "";
  chain.forEach(({ error: exc, separator }, i) => {
    const later = chain[i + 1]?.error ?? handledAt;
    // A chained exception shows only the frames below the handler that caught it:
    // the frames it shares with the exception raised during handling are cut.
    const frames = later === undefined ? pythonFrames(exc) : framesUntilHandler(exc, later);
    // CPython prints a chained exception that was never raised without a traceback.
    const last = i === chain.length - 1;
    text += separator + (last || hasTraceback(exc) ? tracebackText(exc, frames, origin === "process" && last && handledAt === undefined) : `${exceptionLine(exc)}\n`);
  });
  return text;
}

/** The exceptions to print, oldest first, each with the sentence printed before it. */
function exceptionChain(error: unknown): Array<{ error: unknown; separator: string }> {
  const chain: Array<{ error: unknown; separator: string }> = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  let separator = "";
  while (current !== null && current !== undefined && !seen.has(current)) {
    seen.add(current);
    chain.unshift({ error: current, separator });
    if (!(current instanceof BaseException)) break;
    if (current.__cause__ !== null && current.__cause__ !== undefined) {
      separator = CAUSE;
      current = current.__cause__;
    } else if (!current.__suppress_context__) {
      separator = CONTEXT;
      current = current.__context__;
    } else {
      break;
    }
  }
  // Each separator was recorded with the older exception of its pair; it is printed before the newer one.
  return chain.map((entry, i) => ({ error: entry.error, separator: i === 0 ? "" : chain[i - 1]!.separator }));
}

export function framesUntilHandler(error: unknown, later: unknown): PythonFrame[] {
  const own = pythonFrames(error);
  const outer = pythonFrames(later);
  let shared = 0;
  while (shared < own.length && shared < outer.length && own[shared]!.key === outer[shared]!.key) shared++;
  return own.slice(shared);
}

function tracebackText(error: unknown, frames: readonly PythonFrame[], inChildProcess: boolean): string {
  const lines = ["Traceback (most recent call last):"];
  if (inChildProcess) lines.push(...bootstrapFrame());
  // Process.run's frame sits where the error passed through it: first for a target,
  // under the script's own run() for an override that called the base run().
  const runFrameAt = inChildProcess ? processRunFrameAt(error, frames.length) : -1;
  const file = isPy2() ? programInfo().scriptPath : programInfo().absoluteScriptPath;
  for (const [i, frame] of frames.entries()) {
    if (i === runFrameAt) lines.push(...processRunFrame());
    lines.push(`  File "${file}", line ${frame.line}, in ${frame.name}`);
    const source = sourceLine(frame.line);
    // Python 2 prints the file's bytes (the whole traceback is a byte string there).
    if (source !== "") lines.push(`    ${isPy2() ? utf8Encode(source) : source}`);
  }
  if (runFrameAt === frames.length) lines.push(...processRunFrame());
  // Python 2's Process._bootstrap prints with the traceback module, not the interpreter's hook.
  lines.push(inChildProcess ? tracebackModuleExceptionLine(error) : exceptionLine(error));
  return lines.join("\n") + "\n";
}

/**
 * Errors that came up through Process.run's call of the target, each with the number
 * of script frames outside that call (0 for a target, 1 under an overriding run()
 * that called the base run()). An error raised by an overriding run() itself never
 * passed through Process.run, and CPython's traceback has no frame of it.
 */
const throughProcessRun = new WeakMap<object, number>();

/** Process.run calls this as an error leaves the target; `outerFrames` = pythonFrames(new Error()).length there. */
export function noteThroughProcessRun(error: unknown, outerFrames: number): void {
  if (typeof error === "object" && error !== null && !throughProcessRun.has(error)) throughProcessRun.set(error, outerFrames);
}

function processRunFrameAt(error: unknown, frameCount: number): number {
  const at = typeof error === "object" && error !== null ? throughProcessRun.get(error) : undefined;
  return at === undefined ? -1 : Math.min(at, frameCount);
}

function processFile(): string {
  return isPy2() ? "/usr/lib/python2.7/multiprocessing/process.py" : "/usr/lib/python3.11/multiprocessing/process.py";
}

/** CPython's own frame above a process's run(): Process._bootstrap. */
function bootstrapFrame(): string[] {
  return [`  File "${processFile()}", line ${isPy2() ? 267 : 314}, in _bootstrap`, "    self.run()"];
}

/** Process.run's frame, where it called the target. */
function processRunFrame(): string[] {
  return [`  File "${processFile()}", line ${isPy2() ? 114 : 108}, in run`, "    self._target(*self._args, **self._kwargs)"];
}

/**
 * The last line: "ValueError: boom", just "ValueError" when str() is empty. Python 3
 * qualifies a class by its module unless it is builtins or __main__
 * ("threading.BrokenBarrierError"); Python 2 qualifies all but the exceptions module
 * ("__main__.MyError").
 */
export function exceptionLine(error: unknown): string {
  if (!(error instanceof BaseException)) return `Exception: ${String(error)}`;
  const name = exceptionClassName(error);
  const text = str(error);
  return text === "" ? name : `${name}: ${text}`;
}

/**
 * The last line as the traceback module writes it (traceback.print_exc(): a child
 * process's uncaught exception, a queue feeder thread's error): Python 2's names the
 * class alone ("MyError: x", "Empty"), where the interpreter's hook says "__main__.MyError".
 */
export function tracebackModuleExceptionLine(error: unknown): string {
  if (!isPy2() || !(error instanceof BaseException)) return exceptionLine(error);
  const name = (error.constructor as typeof BaseException).__name__;
  const text = str(error);
  return text === "" ? name : `${name}: ${text}`;
}

function exceptionClassName(error: BaseException): string {
  const cls = error.constructor as typeof BaseException;
  const module = cls.__module__;
  const plain = isPy2() ? module === "exceptions" : module === "builtins" || module === "__main__";
  return plain ? cls.__qualname__ : `${module}.${cls.__qualname__}`;
}

/**
 * CPython's report of an exception raised where nothing can catch it
 * (PyErr_WriteUnraisable), such as in a generator's `finally` while the generator
 * is freed. `at` is a stack captured where that happened: the exception's frames
 * below it are its own; when it has none, CPython shows the frame that was running.
 *
 *   3.x:  Exception ignored in: <generator object gen at 0x7f...>
 *         Traceback (most recent call last): ...
 *   2.7:  Exception ValueError: ValueError('boom',) in <generator object gen at 0x7f...> ignored
 *
 * `value` is what 2.7 prints after the class: the exception's repr, or the repr of
 * its message for an exception CPython raised from C without making an instance.
 */
export function unraisableText(error: unknown, objectRepr: string, at: Error, value?: string): string {
  if (isPy2()) {
    const name = error instanceof BaseException ? exceptionClassName(error) : "Exception";
    return `Exception ${name}: ${value ?? repr(error)} in ${objectRepr} ignored\n`;
  }
  const own = framesUntilHandler(error, at);
  const frames = own.length > 0 ? own : pythonFrames(at).slice(-1);
  return `Exception ignored in: ${objectRepr}\n${tracebackText(error, frames, false)}`;
}
