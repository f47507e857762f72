// The Python frames of a JavaScript error: its `stack` (whose positions Node has
// already mapped to the .py file through the compiled module's source map, see
// `py2ts-mp run`) filtered to the script's own frames, each named like CPython's
// code objects (`<module>`, `worker`, `<lambda>`, `<listcomp>`). The names come from
// the JavaScript function name and the table of Python code objects the compiler
// stores in the source map (analyze/codeScopes.ts).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { earlierStack } from "../builtins/exceptions.js";
import { registeredModule } from "./module.js";
import { programInfo } from "./program.js";

export interface PythonFrame {
  /** The code object's name: `<module>`, `worker`, `<lambda>`. */
  readonly name: string;
  /** 1-based line in the script. */
  readonly line: number;
  /** The raw stack line, for comparing the outer frames of two stacks. */
  readonly key: string;
}

type ScopeEntry = readonly [kind: string, name: string, first: number, last: number, start: number, end: number];

// `    at worker (/abs/x.py:10:1)`, `    at /abs/x.py:3:1`, `    at new Foo (...)`, `    at C.get p (...)`.
const FRAME_LINE = /^\s+at (?:(.*?) \()?(.+):(\d+):(\d+)\)?$/;

/**
 * The script's frames of `error`, outermost first (the order CPython prints them).
 * An exception raised again by Python 3's `raise e` continues with the frames it
 * had before, less the outer frames those share with the new raise: CPython's
 * traceback of a caught exception starts at the frame that caught it (this
 * approximation keeps that frame's callers when they called from another line).
 */
export function pythonFrames(error: unknown): PythonFrame[] {
  const frames = stackFrames(error instanceof Error ? String(error.stack ?? "") : "");
  let later = frames;
  for (let older = earlierStack(error); older !== undefined; older = older.earlier) {
    const before = stackFrames(older.stack);
    let shared = 0;
    while (shared < before.length && shared < later.length && before[shared]!.key === later[shared]!.key) shared++;
    frames.push(...before.slice(shared));
    later = before;
  }
  return frames;
}

function stackFrames(stack: string): PythonFrame[] {
  const script = programInfo().absoluteScriptPath;
  const raw: Array<{ jsName: string; line: number; key: string }> = [];
  for (const text of stack.split("\n")) {
    const match = FRAME_LINE.exec(text);
    if (match && match[2] === script) raw.push({ jsName: match[1] ?? "", line: Number(match[3]), key: text.trim() });
  }
  raw.reverse();
  const frames: PythonFrame[] = [];
  // Consecutive anonymous frames on one line are nested lambdas/comprehensions, outermost first.
  let run = 0;
  raw.forEach((frame, i) => {
    const previous = raw[i - 1];
    const anonymous = isAnonymous(frame.jsName, frame.line);
    run = anonymous && previous !== undefined && previous.line === frame.line && isAnonymous(previous.jsName, previous.line) ? run + 1 : anonymous ? 0 : 0;
    const name = pythonName(frame.jsName, frame.line, run);
    if (name !== null) frames.push({ name, line: frame.line, key: frame.key });
  });
  return frames;
}

function simpleName(jsName: string): string {
  return jsName.replace(/^(?:new|async) /, "").split(/[. ]/).pop() ?? "";
}

function scopesAround(line: number): ScopeEntry[] {
  return scopeTable().filter(([, , first, last]) => first <= line && line <= last);
}

/** A frame with no def of its JavaScript name around its line: a lambda or comprehension. */
function isAnonymous(jsName: string, line: number): boolean {
  if (jsName === "moduleBody") return false;
  const simple = simpleName(jsName);
  return !scopesAround(line).some(([kind, name]) => (kind === "def" || kind === "class") && name === simple);
}

/**
 * CPython's name for a frame: `moduleBody` is `<module>`; a function named like a
 * def or class around the line keeps that name (methods appear as `C.m`, getters
 * as `C.get p`); an anonymous one is the lambda or comprehension around the line
 * (the `nth` of them from the outside, for nested ones on one line). null for a
 * frame CPython does not have (a Python 2 list comprehension runs inline).
 */
function pythonName(jsName: string, line: number, nth: number): string | null {
  if (jsName === "moduleBody") return "<module>";
  const simple = simpleName(jsName);
  const around = scopesAround(line);
  if (around.some(([kind, name]) => kind === "def" && name === simple)) return simple;
  // A class's constructor runs PyObject's, which calls __init__: not a Python frame.
  if (around.some(([kind, name]) => kind === "class" && name === simple)) return null;
  // Outermost first: a scope starting earlier (or as early and ending later) encloses the other.
  const anonymous = around.filter(([kind]) => kind !== "def" && kind !== "class").sort((a, b) => a[4] - b[4] || b[5] - a[5]);
  const scope = anonymous[Math.min(nth, anonymous.length - 1)];
  if (scope) return scope[0] === "inline" ? null : scope[1];
  return simple === "" || simple === "<anonymous>" ? "<module>" : simple;
}

let scopes: ScopeEntry[] | null = null;

/** The code-object table from the running module's inline source map (empty when it has none). */
function scopeTable(): ScopeEntry[] {
  if (scopes !== null) return scopes;
  scopes = [];
  const url = registeredModule()?.url;
  if (!url?.startsWith("file:")) return scopes;
  try {
    const text = readFileSync(fileURLToPath(url), "utf8");
    const marker = "sourceMappingURL=data:application/json;charset=utf-8;base64,";
    const at = text.lastIndexOf(marker);
    if (at < 0) return scopes;
    const map = JSON.parse(Buffer.from(text.slice(at + marker.length).trim(), "base64").toString("utf8")) as { x_pythonScopes?: ScopeEntry[] };
    scopes = map.x_pythonScopes ?? [];
  } catch {
    // No table: frames keep their JavaScript names.
  }
  return scopes;
}

let sourceLines: string[] | null = null;

/** Line `line` of the script, stripped as CPython prints it under a frame ("" when unreadable). */
export function sourceLine(line: number): string {
  if (sourceLines === null) {
    try {
      sourceLines = readFileSync(programInfo().absoluteScriptPath, "utf8").split(/\r\n|\r|\n/);
    } catch {
      sourceLines = [];
    }
  }
  return (sourceLines[line - 1] ?? "").trim();
}
