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

let futures: ReadonlySet<string> = new Set();

/** `from __future__ import ...` features of the program's module (print_function changes print). */
export function setFutures(features: readonly string[]): void {
  futures = new Set(features);
}

export function hasFuture(feature: string): boolean {
  return futures.has(feature);
}
