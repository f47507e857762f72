// Logging levels (Lib/logging/__init__.py): the constants, the two-way name table
// behind getLevelName/addLevelName, and _checkLevel, which setLevel and the
// level= arguments go through. Messages are CPython's, per dialect.

import { isPy2 } from "../builtins/dialect.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { PyDict } from "../builtins/dict.js";
import { repr, str } from "../builtins/repr.js";

export const CRITICAL = 50;
export const FATAL = CRITICAL;
export const ERROR = 40;
export const WARNING = 30;
export const WARN = WARNING;
export const INFO = 20;
export const DEBUG = 10;
export const NOTSET = 0;

const levelToName = new Map<unknown, string>([
  [CRITICAL, "CRITICAL"], [ERROR, "ERROR"], [WARNING, "WARNING"], [INFO, "INFO"], [DEBUG, "DEBUG"], [NOTSET, "NOTSET"],
]);
const nameToLevel = new Map<string, unknown>([
  ["CRITICAL", CRITICAL], ["FATAL", FATAL], ["ERROR", ERROR], ["WARN", WARNING], ["WARNING", WARNING],
  ["INFO", INFO], ["DEBUG", DEBUG], ["NOTSET", NOTSET],
]);

/** An int level as a Map key (True == 1 and 1.0 == 1 in Python's dict). */
function key(level: unknown): unknown {
  if (typeof level === "boolean") return level ? 1 : 0;
  if (typeof level === "object" && level !== null && "value" in level && typeof (level as { value: unknown }).value === "number") {
    return (level as { value: number }).value;
  }
  return level;
}

/** Names Python 2.7's table lacks until a script adds them. */
const py3OnlyNames = new Set(["FATAL"]);

/** A registered level name. */
function levelOfName(name: string): unknown {
  if (isPy2() && py3OnlyNames.has(name)) return undefined;
  return nameToLevel.get(name);
}

/** getLevelName(level): the name of a level, the level of a name, else "Level %s". */
export function getLevelName(level: unknown): any {
  const name = levelToName.get(key(level));
  if (name !== undefined) return name;
  const byName = typeof level === "string" ? levelOfName(level) : undefined;
  return byName !== undefined ? byName : `Level ${str(level)}`;
}

/** getLevelNamesMapping() (Python 3.11): a copy of the name -> level table. */
export function getLevelNamesMapping(): PyDict {
  return PyDict.of(...[...nameToLevel].map(([k, v]) => [k, v] as const));
}

export function addLevelName(level: unknown, levelName: unknown): null {
  levelToName.set(key(level), levelName as string);
  nameToLevel.set(levelName as string, level);
  py3OnlyNames.delete(levelName as string);
  return null;
}

/** _checkLevel: an int level as is, a registered name as its level. */
export function checkLevel(level: unknown): number {
  if (typeof level === "number" && Number.isInteger(level)) return level;
  if (typeof level === "boolean") return level ? 1 : 0;
  if (typeof level === "string") {
    const rv = levelOfName(level);
    if (rv === undefined) throw new ValueError(`Unknown level: ${repr(level)}`);
    return rv as number;
  }
  throw new TypeError(`Level not an integer or a valid string: ${repr(level)}`);
}
