// Python float values. A non-integral JavaScript number is always a float; an
// integral float (2.0, -0.0, 1e16) is boxed in PyFloat so it is not mistaken for
// an int (docs/architecture.md §4).

export class PyFloat {
  constructor(readonly value: number) {}

  valueOf(): number {
    return this.value;
  }
}

/** Wraps the result of float arithmetic: boxes it only when it is integral. */
export function toFloat(n: number): number | PyFloat {
  return Number.isInteger(n) ? new PyFloat(n) : n;
}

/** True for any Python float: a non-integral number or a PyFloat. */
export function isFloat(v: unknown): v is number | PyFloat {
  return (typeof v === "number" && !Number.isInteger(v)) || v instanceof PyFloat;
}

/** True for a Python int (bool excluded). */
export function isInt(v: unknown): v is number | bigint {
  return (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint";
}

/** The numeric value of a float, int or bool as a JavaScript number. */
export function floatValue(v: number | bigint | boolean | PyFloat): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "boolean") return v ? 1 : 0;
  return Number(v);
}
