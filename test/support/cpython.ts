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
    // A thunk made of statements returns undefined where the snippet yields None.
    const value = thunk();
    return repr(value === undefined ? null : value);
  } catch (error) {
    if (error instanceof BaseException) return `${(error.constructor as typeof BaseException).__name__}: ${str(error)}`;
    throw error;
  }
}

/** One table-driven case: a Python snippet (its last line an expression) and the TypeScript doing the same. */
export interface Case {
  readonly source: string;
  readonly thunk: () => unknown;
  readonly dialects: readonly Dialect[];
}

/** `c("[1, 2].index(2)", () => PyList.of(1, 2).index(2))`; genCases.py reads the first argument as JSON. */
export function c(source: string, thunk: () => unknown, dialects: readonly Dialect[] = ["py2", "py3"]): Case {
  return { source, thunk, dialects };
}

/** Python 2 prints longs with an L suffix; long reprs are values-num's concern, so they compare without it. */
function normalise(text: string, dialect: Dialect): string {
  const t = text.replace(/at 0x[0-9a-f]+/g, "at 0xADDR");
  return dialect === "py2" ? t.replace(/(\d)L\b/g, "$1") : t;
}

/** Runs every case under its dialects and lists all mismatches with CPython's results at once. */
export function checkCases(cases: readonly Case[]): string[] {
  const expected = loadJson<Record<string, Record<Dialect, string>>>("src/runtime/builtins/testdata/cases.expected.json");
  const failures: string[] = [];
  for (const { source, thunk, dialects } of cases) {
    const want = expected[source];
    if (want === undefined) {
      failures.push(`no CPython result for ${JSON.stringify(source)} (run testdata/genCases.py)`);
      continue;
    }
    for (const dialect of dialects) {
      let got: string;
      try {
        got = withDialect(dialect, () => describe(thunk));
      } catch (error) {
        got = `JavaScript ${String(error)}`;
      }
      const expectedText = normalise(want[dialect], dialect);
      if (normalise(got, dialect) !== expectedText) failures.push(`${dialect} ${JSON.stringify(source)}\n    got      ${got}\n    CPython  ${expectedText}`);
    }
  }
  return failures;
}
