// The Python dialect of the running program. One program is one module in one
// dialect; runModule sets it before any user code runs, in every process. Runtime
// behaviour that differs (dict.keys() lists, py2 str(float), classic division,
// xrange repr) reads it here.

import type { Dialect } from "../internal/types.js";

let current: Dialect = "py3";
const listeners: Array<(dialect: Dialect) => void> = [];

export function setDialect(dialect: Dialect): void {
  current = dialect;
  for (const listener of listeners) listener(dialect);
}

/** Runs `listener` now and at every dialect change (names whose binding differs per dialect, e.g. IOError). */
export function onDialectChange(listener: (dialect: Dialect) => void): void {
  listeners.push(listener);
  listener(current);
}

export function getDialect(): Dialect {
  return current;
}

export function isPy2(): boolean {
  return current === "py2";
}

// Python 2 has two text types: `str` (bytes: ASCII-only case mapping, C whitespace)
// and `unicode` (Unicode rules, like Python 3's str). The runtime's str methods
// follow byte rules in Python 2 except while a unicode value is being processed.
let unicodeDepth = 0;

/** True when str methods apply Python 2's byte rules (a py2 str, not a unicode value). */
export function isByteText(): boolean {
  return current === "py2" && unicodeDepth === 0;
}

/** Runs `body` with Unicode text rules (a Python 2 unicode method). */
export function withUnicodeText<T>(body: () => T): T {
  unicodeDepth++;
  try {
    return body();
  } finally {
    unicodeDepth--;
  }
}

let futures: ReadonlySet<string> = new Set();

/** `from __future__ import ...` features of the program's module (print_function changes print). */
export function setFutures(features: readonly string[]): void {
  futures = new Set(features);
}

export function hasFuture(feature: string): boolean {
  return futures.has(feature);
}
