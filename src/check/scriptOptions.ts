// Per-script options written in the header comment of a corpus script. The one
// parser shared by the recorder (tools/record.ts), the `check` command and the
// golden tests, so all three run a script the same way.
//
// Syntax: in the leading block of comment lines (before the first code line),
//   # py2ts: ITEM ITEM ...
// where ITEM is NAME or NAME=VALUE and VALUE is a bare word (no spaces), a JSON
// string ("a b\n") or, for args, a JSON array of strings. Options:
//   py2 | py3          the dialect (and so the CPython that records the script)
//   args=[...]         command-line arguments (args=word is one argument)
//   stdin="..."        text fed on stdin (default: empty, immediate EOF)
//   timeout=SECONDS    hard limit per run (default 60)
//   runs=N             recorded runs (default 3, at most 20)
//   free="REGEX"       numbers on output lines matching REGEX may take any value
//                      (for values such as unseeded random numbers); may repeat
//   timing="REGEX"     decimal numbers on output lines matching REGEX are
//                      compared with a tolerance even when every recorded run
//                      printed the same value (`ran 0.72 seconds`); may repeat
//   unordered="REGEX"  output lines matching REGEX have no enforced order among
//                      themselves (which waiting process gets a semaphore first);
//                      may repeat

import type { Dialect } from "../parse/ast.js";

export interface ScriptOptions {
  /** From a `py2`/`py3` item; null when the header does not say (detectDialect decides). */
  readonly dialect: Dialect | null;
  readonly args: readonly string[];
  readonly stdin: string;
  readonly timeoutSeconds: number;
  readonly runs: number;
  readonly freeNumbers: readonly string[];
  readonly timingNumbers: readonly string[];
  readonly unorderedLines: readonly string[];
}

export interface ScriptOptionError {
  /** 1-based line of the header comment. */
  readonly line: number;
  readonly message: string;
}

export const DEFAULT_TIMEOUT_SECONDS = 60;
export const DEFAULT_RUNS = 3;
const MAX_RUNS = 20;

const DIRECTIVE = /^\s*#\s*py2ts:(.*)$/;

export function parseScriptOptions(text: string): { options: ScriptOptions; errors: ScriptOptionError[] } {
  const options = {
    dialect: null as Dialect | null,
    args: [] as string[],
    stdin: "",
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    runs: DEFAULT_RUNS,
    freeNumbers: [] as string[],
    timingNumbers: [] as string[],
    unorderedLines: [] as string[],
  };
  const errors: ScriptOptionError[] = [];
  let inHeader = true;
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed !== "" && !trimmed.startsWith("#")) inHeader = false;
    const directive = DIRECTIVE.exec(raw);
    if (!directive) return;
    if (!inHeader) {
      errors.push({ line, message: "py2ts options must be in the comment block at the top of the file" });
      return;
    }
    for (const item of splitItems(directive[1], line, errors)) applyItem(options, item, line, errors);
  });
  return { options, errors };
}

interface Item {
  readonly name: string;
  readonly value: string | string[] | null;
}

function splitItems(source: string, line: number, errors: ScriptOptionError[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < source.length) {
    if (/\s/.test(source[i])) {
      i++;
      continue;
    }
    const name = /^[A-Za-z0-9_-]+/.exec(source.slice(i));
    if (!name) {
      errors.push({ line, message: `cannot read a py2ts option at ${JSON.stringify(source.slice(i))}` });
      return items;
    }
    i += name[0].length;
    if (source[i] !== "=") {
      items.push({ name: name[0], value: null });
      continue;
    }
    i++;
    const end = valueEnd(source, i);
    const valueText = source.slice(i, end);
    i = end;
    if (valueText.startsWith('"') || valueText.startsWith("[")) {
      try {
        const value: unknown = JSON.parse(valueText);
        const ok = typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));
        if (!ok) throw new Error("not a string or an array of strings");
        items.push({ name: name[0], value: value as string | string[] });
      } catch (error) {
        errors.push({ line, message: `bad value for ${name[0]}: ${valueText} (${(error as Error).message})` });
      }
    } else {
      items.push({ name: name[0], value: valueText });
    }
  }
  return items;
}

/** The end of a value: a JSON string or array is scanned to its closing quote/bracket. */
function valueEnd(source: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && /\s/.test(c)) return i;
  }
  return source.length;
}

function applyItem(
  options: { -readonly [K in keyof ScriptOptions]: ScriptOptions[K] } & { args: string[]; freeNumbers: string[]; timingNumbers: string[]; unorderedLines: string[] },
  item: Item,
  line: number,
  errors: ScriptOptionError[],
): void {
  const fail = (message: string) => errors.push({ line, message });
  const text = (): string | null => {
    if (typeof item.value === "string") return item.value;
    fail(`${item.name} needs a value: ${item.name}=...`);
    return null;
  };
  switch (item.name) {
    case "py2":
    case "py3":
      if (item.value !== null) fail(`${item.name} takes no value`);
      else if (options.dialect !== null && options.dialect !== item.name) fail(`both py2 and py3 given`);
      else options.dialect = item.name;
      return;
    case "args":
      if (Array.isArray(item.value)) options.args = item.value;
      else if (typeof item.value === "string") options.args = [item.value];
      else fail("args needs a value: args=[\"a\", \"b\"]");
      return;
    case "stdin": {
      const value = text();
      if (value !== null) options.stdin = value;
      return;
    }
    case "timeout": {
      const raw = text();
      if (raw === null) return;
      const value = Number(raw);
      if (!(value > 0) || !Number.isFinite(value)) fail(`timeout must be a positive number of seconds, got ${JSON.stringify(item.value)}`);
      else options.timeoutSeconds = value;
      return;
    }
    case "runs": {
      const raw = text();
      if (raw === null) return;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 1 || value > MAX_RUNS) fail(`runs must be an integer from 1 to ${MAX_RUNS}, got ${JSON.stringify(item.value)}`);
      else options.runs = value;
      return;
    }
    case "free":
    case "timing":
    case "unordered": {
      const value = text();
      if (value === null) return;
      try {
        new RegExp(value);
        const lists = { free: options.freeNumbers, timing: options.timingNumbers, unordered: options.unorderedLines };
        lists[item.name].push(value);
      } catch (error) {
        fail(`${item.name}: bad regular expression ${JSON.stringify(value)}: ${(error as Error).message}`);
      }
      return;
    }
    default:
      fail(`unknown py2ts option ${JSON.stringify(item.name)} (known: py2, py3, args, stdin, timeout, runs, free, timing, unordered)`);
  }
}
