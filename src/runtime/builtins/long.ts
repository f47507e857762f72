// Python 2's two integer types. `int` is a C long (64-bit); an operation whose
// result leaves that range gives a `long`, and any operation with a long operand
// gives a long, whatever its size (10L, long(5), 2**63 - 1). The runtime's ints
// are numbers and bigints (int.ts); a bigint beyond the 64-bit range can only be a
// long, so only a long *inside* that range needs marking: it is a PyLong box
// (docs/architecture.md §4). Python 3 has one int type and never makes a PyLong.

import { isPy2 } from "./dialect.js";
import { isPy2Long, normBig, type Int } from "./int.js";

export class PyLong {
  static readonly __name__ = "long";

  constructor(readonly value: bigint) {}

  valueOf(): bigint {
    return this.value;
  }

  __repr__(): string {
    return `${this.value}L`;
  }

  __str__(): string {
    return String(this.value);
  }

  __bool__(): boolean {
    return this.value !== 0n;
  }
}

/** True for a Python 2 long: a PyLong, or a bigint outside the 64-bit range. */
export function isLong(v: unknown): boolean {
  return v instanceof PyLong || (typeof v === "bigint" && isPy2Long(v));
}

/** An int result as a long (Python 2): boxed when inside the 64-bit range. */
export function asLong(v: Int): Int | PyLong {
  if (!isPy2()) return v;
  const big = typeof v === "bigint" ? v : BigInt(v);
  return isPy2Long(big) ? big : new PyLong(big);
}

/** The result of an int operation: a long when an operand was one (Python 2). */
export function longIfAny(result: unknown, a: unknown, b?: unknown): any {
  if (!isPy2() || !(isLong(a) || isLong(b))) return result;
  if (typeof result === "bigint" || (typeof result === "number" && Number.isInteger(result))) return asLong(result);
  return result;
}

/** The plain int value (number or bigint) of a PyLong. */
export function longValue(v: PyLong): Int {
  return normBig(v.value);
}
