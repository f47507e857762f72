// Helpers for runtime unit tests whose expected values come from real CPython:
// loading the JSON the generator scripts wrote, running code under a dialect, and
// describing a result or a raised Python exception the way the generators do.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setDialect } from "../../src/runtime/builtins/dialect.js";
import { BaseException } from "../../src/runtime/builtins/exceptions.js";
import { repr, str } from "../../src/runtime/builtins/repr.js";
import type { Dialect } from "../../src/runtime/internal/types.js";

/** The repository root (tests run from dist/, data lives in the source tree). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export function loadJson<T>(pathFromRoot: string): T {
  return JSON.parse(readFileSync(join(repoRoot, pathFromRoot), "utf8")) as T;
}

export function withDialect<T>(dialect: Dialect, body: () => T): T {
  setDialect(dialect);
  try {
    return body();
  } finally {
    setDialect("py3");
  }
}

/** `repr(result)`, or `TypeName: str(exception)` for a raised Python exception (as the generators print). */
export function describe(thunk: () => unknown): string {
  try {
    return repr(thunk());
  } catch (error) {
    if (error instanceof BaseException) return `${(error.constructor as typeof BaseException).__name__}: ${str(error)}`;
    throw error;
  }
}
