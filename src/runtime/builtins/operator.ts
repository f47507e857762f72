// TEMPORARY stand-in written on branch values-obj so its containers can compare;
// values-num owns the real generic operators and replaces this file. Covers only
// numbers, strings and objects with rich-comparison dunders.

import { PyFloat } from "./float.js";
import { NotImplemented } from "./object.js";
import { TypeError } from "./exceptions.js";
import { typeName } from "./types.js";

function numeric(v: unknown): number | bigint | undefined {
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
  const r = richCompare(a, b, "__add__", "__radd__", null);
  if (r !== NotImplemented) return r;
  throw new TypeError(`unsupported operand type(s) for +: '${typeName(a)}' and '${typeName(b)}'`);
}

export function truthy(v: any): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0 && !Number.isNaN(v) ? true : Number.isNaN(v);
  if (typeof v === "bigint") return v !== 0n;
  if (typeof v === "string") return v.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (typeof v.__bool__ === "function") return v.__bool__();
  if (typeof v.__len__ === "function") return v.__len__() !== 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}
