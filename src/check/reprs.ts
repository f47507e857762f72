// Puts hash-ordered reprs in a canonical order before lines are compared: set and
// frozenset reprs in both dialects (`{2, 1}`, `set([2, 1])`, `frozenset({2, 1})`),
// and dict reprs only for Python 2 (Python 3.7+ dicts keep insertion order, which
// a translation must reproduce exactly). Nested structures are canonicalised from
// the inside out.
//
// Only text shaped exactly like a CPython repr is touched (elements separated by
// ", ", dict entries by ": "), so a wrongly punctuated repr still fails.

import type { Dialect } from "../parse/ast.js";

export function canonicalizeReprs(line: string, dialect: Dialect): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const structure = matchStructure(line, i, dialect);
    if (structure) {
      out += structure.text;
      i = structure.end;
    } else {
      out += line[i];
      i++;
    }
  }
  return out;
}

interface Match {
  readonly text: string;
  readonly end: number;
}

function matchStructure(line: string, start: number, dialect: Dialect): Match | null {
  if (line[start] === "{") return matchBraces(line, start, dialect);
  // `set([..])`, `frozenset([..])` (Python 2) and `frozenset({..})` (Python 3).
  const call = /^(frozenset|set)\((?=[[{])/.exec(line.slice(start, start + 11));
  if (!call || /[\w.]/.test(line[start - 1] ?? "")) return null;
  const open = start + call[0].length;
  const close = findClose(line, open);
  if (close < 0 || line[close + 1] !== ")") return null;
  const elements = splitElements(line.slice(open + 1, close));
  if (!elements || elements.some((e) => topLevelColon(e) >= 0)) return null;
  const sorted = elements.map((e) => canonicalizeReprs(e, dialect)).sort();
  return { text: `${call[0]}${line[open]}${sorted.join(", ")}${line[close]})`, end: close + 2 };
}

function matchBraces(line: string, open: number, dialect: Dialect): Match | null {
  const close = findClose(line, open);
  if (close < 0) return null;
  const elements = splitElements(line.slice(open + 1, close));
  if (!elements) return null;
  const colons = elements.map(topLevelColon);
  if (colons.every((c) => c < 0)) {
    const sorted = elements.map((e) => canonicalizeReprs(e, dialect)).sort();
    return { text: `{${sorted.join(", ")}}`, end: close + 1 };
  }
  if (colons.some((c, k) => c < 0 || elements[k][c + 1] !== " ")) return null;
  const entries = elements.map(
    (e, k) => `${canonicalizeReprs(e.slice(0, colons[k]), dialect)}: ${canonicalizeReprs(e.slice(colons[k] + 2), dialect)}`,
  );
  if (dialect === "py2") entries.sort();
  return { text: `{${entries.join(", ")}}`, end: close + 1 };
}

const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Index of the bracket closing the one at `open`, skipping string literals; -1 if unbalanced. */
function findClose(line: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (c === "'" || c === '"') {
      i = skipString(line, i);
      if (i < 0) return -1;
    } else if (c in CLOSER) stack.push(CLOSER[c]);
    else if (c === ")" || c === "]" || c === "}") {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** Index of the quote closing the string literal opened at `quote`; -1 if unterminated. */
function skipString(line: string, quote: number): number {
  for (let i = quote + 1; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === line[quote]) return i;
  }
  return -1;
}

/** Splits a repr's inside at top-level ", "; null if it is not laid out like a repr. */
function splitElements(inner: string): string[] | null {
  if (inner === "") return [];
  const elements: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "'" || c === '"') {
      i = skipString(inner, i);
      if (i < 0) return null;
    } else if (c in CLOSER) depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      if (inner[i + 1] !== " ") return null;
      elements.push(inner.slice(from, i));
      from = i + 2;
    }
  }
  elements.push(inner.slice(from));
  return elements.every((e) => e !== "" && !/^\s|\s$/.test(e)) ? elements : null;
}

function topLevelColon(element: string): number {
  let depth = 0;
  for (let i = 0; i < element.length; i++) {
    const c = element[i];
    if (c === "'" || c === '"') i = skipString(element, i);
    else if (c in CLOSER) depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === ":" && depth === 0) return i;
    if (i < 0) return -1;
  }
  return -1;
}
