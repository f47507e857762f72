// TEMPORARY stand-in written on branch values-obj; values-num owns the real
// truth.ts (truthiness and membership) and replaces this file.

import { PyFloat } from "./float.js";

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
