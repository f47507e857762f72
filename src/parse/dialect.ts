// Decides whether a file is Python 2 or Python 3 code. The decision changes
// semantics (`/` on ints, `print (a, b)`, `range` returning a list), so the
// recorder uses this same function to pick the CPython that records a script.

import type { Dialect } from "./ast.js";

export interface DialectDecision {
  readonly dialect: Dialect;
  /** Why: "header comment", "print statement at line 3", "default", ... */
  readonly reason: string;
}

/**
 * Precedence: an explicit `# py2ts: py2` / `# py2ts: py3` header comment, then
 * syntax and idioms only one dialect has, then Python 3 by default.
 */
export function detectDialect(text: string): DialectDecision {
  const header = /^#\s*py2ts:.*\b(py2|py3)\b/m.exec(text.split("\n").slice(0, 5).join("\n"));
  if (header) return { dialect: header[1] as Dialect, reason: "header comment" };
  if (/^\s*print\s+[^\s(=]/m.test(text)) return { dialect: "py2", reason: "print statement" };
  return { dialect: "py3", reason: "default" };
}
