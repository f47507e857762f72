// str.translate: Python 3 looks each character's ordinal up in a mapping
// (`table[ord(c)]`: a str, an ordinal or None to delete; a missing key keeps the
// character); Python 2's str.translate takes a 256-character table or None and
// a string of characters to delete.

import { isPy2 } from "./dialect.js";
import { LookupError, TypeError, ValueError } from "./exceptions.js";
import { getitem } from "./subscript.js";
import { strLen } from "./strIndex.js";

/** s.translate(table) (Python 3) / s.translate(table[, deletechars]) (Python 2) */
export function translate(s: string, table: unknown, deletechars?: unknown): string {
  if (isPy2()) return translatePy2(s, table, deletechars);
  let out = "";
  for (const ch of s) {
    let mapped: unknown;
    try {
      mapped = getitem(table, ch.codePointAt(0)!);
    } catch (error) {
      if (error instanceof LookupError) {
        out += ch;
        continue;
      }
      throw error;
    }
    if (mapped === null) continue;
    if (typeof mapped === "string") out += mapped;
    else if (typeof mapped === "number" && Number.isInteger(mapped)) out += String.fromCodePoint(mapped);
    else throw new TypeError("character mapping must return integer, None or str");
  }
  return out;
}

function translatePy2(s: string, table: unknown, deletechars: unknown): string {
  if (table !== null && (typeof table !== "string" || strLen(table) !== 256)) {
    if (typeof table === "string") throw new ValueError("translation table must be 256 characters long");
    throw new TypeError("expected a string or other character buffer object");
  }
  const deleted = typeof deletechars === "string" ? new Set(Array.from(deletechars)) : new Set<string>();
  let out = "";
  for (const ch of s) {
    if (deleted.has(ch)) continue;
    const code = ch.codePointAt(0)!;
    out += table === null || code > 255 ? ch : Array.from(table as string)[code];
  }
  return out;
}
