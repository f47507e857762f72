// TEMPORARY stand-in written on branch values-obj; values-num owns the real
// generic operators and replaces this file. Covers only what sum() needs.

import { numeric } from "./compare.js";
import { NotImplemented } from "./notImplemented.js";
import { TypeError } from "./exceptions.js";
import { typeName } from "./types.js";

export function add(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    return Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b) ? r : BigInt(a) + BigInt(b);
  }
  const x = numeric(a);
  const y = numeric(b);
  if (typeof x === "bigint" || typeof y === "bigint") {
    const r = BigInt(x as any) + BigInt(y as any);
    return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  }
  if (x !== undefined && y !== undefined) return (x as number) + (y as number);
  if (typeof a === "string" && typeof b === "string") return a + b;
  for (const [x1, y1, name] of [[a, b, "__add__"], [b, a, "__radd__"]] as const) {
    if (x1 !== null && typeof x1 === "object" && typeof (x1 as any)[name] === "function") {
      const r = (x1 as any)[name](y1);
      if (r !== NotImplemented) return r;
    }
  }
  throw new TypeError(`unsupported operand type(s) for +: '${typeName(a)}' and '${typeName(b)}'`);
}

