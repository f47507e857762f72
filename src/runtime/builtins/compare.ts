// TEMPORARY stand-in written on branch values-obj (mirroring values-num's module
// layout) so its containers can compare; values-num owns the real compare.ts and
// replaces this file. Covers only numbers, strings and rich-comparison dunders.

import { PyFloat } from "./float.js";
import { NotImplemented } from "./notImplemented.js";
import { TypeError } from "./exceptions.js";
import { truthy } from "./truth.js";
import { typeName } from "./types.js";

export function numeric(v: unknown): number | bigint | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  return undefined;
}

function richCompare(a: any, b: any, op: string, reflected: string, symbol: string | null): any {
  if (a !== null && typeof a === "object" && typeof a[op] === "function") {
    const r = a[op](b);
    if (r !== NotImplemented) return r;
  }
  if (b !== null && typeof b === "object" && typeof b[reflected] === "function") {
    const r = b[reflected](a);
    if (r !== NotImplemented) return r;
  }
  if (symbol === null) return NotImplemented;
  throw new TypeError(`'${symbol}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function eq(a: any, b: any): boolean {
  if (a === b) return typeof a !== "object" || a === null || typeof a.__eq__ !== "function" || truthy(a.__eq__(b));
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return x == y;
  if (typeof a === "string" || typeof b === "string") return false;
  const r = richCompare(a, b, "__eq__", "__eq__", null);
  return r === NotImplemented ? false : truthy(r);
}

export function ne(a: any, b: any): boolean {
  return !eq(a, b);
}

function order(a: any, b: any, op: string, reflected: string, symbol: string, test: (c: number) => boolean): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return test(x < y ? -1 : x > y ? 1 : x == y ? 0 : NaN);
  if (typeof a === "string" && typeof b === "string") return test(a < b ? -1 : a > b ? 1 : 0);
  return truthy(richCompare(a, b, op, reflected, symbol));
}

export function lt(a: any, b: any): boolean {
  return order(a, b, "__lt__", "__gt__", "<", (c) => c < 0);
}
export function le(a: any, b: any): boolean {
  return order(a, b, "__le__", "__ge__", "<=", (c) => c <= 0);
}
export function gt(a: any, b: any): boolean {
  return order(a, b, "__gt__", "__lt__", ">", (c) => c > 0);
}
export function ge(a: any, b: any): boolean {
  return order(a, b, "__ge__", "__le__", ">=", (c) => c >= 0);
}

