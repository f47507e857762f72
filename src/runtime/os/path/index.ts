// Python's os.path on POSIX (CPython Lib/posixpath.py): the string functions
// follow posixpath line by line (join, split, splitext, basename, dirname,
// normpath, abspath, isabs, expanduser); the file tests ask the file system.

import { existsSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { TypeError } from "../../builtins/exceptions.js";
import { PyTuple } from "../../builtins/tuple.js";
import { typeName } from "../../builtins/types.js";
import { isPy2 } from "../../builtins/dialect.js";

export const sep = "/";
export const curdir = ".";
export const pardir = "..";
export const extsep = ".";

function text(value: unknown, fn: string): string {
  if (typeof value === "string") return value;
  throw new TypeError(isPy2() ? `coercing to Unicode: need string or buffer, ${typeName(value)} found` : `${fn}: expected str, bytes or os.PathLike object, not ${typeName(value)}`);
}

/** os.path.join(a, *p): an absolute component discards everything before it. */
export function join(a: unknown, ...p: unknown[]): string {
  let path = text(a, "join() argument");
  for (const part of p) {
    const b = text(part, "join() argument");
    if (b.startsWith("/")) path = b;
    else if (path === "" || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

/** os.path.split(p): (head, tail), the head without trailing slashes unless it is all slashes. */
export function split(p: unknown): PyTuple<string> {
  const path = text(p, "split()");
  const i = path.lastIndexOf("/") + 1;
  let head = path.slice(0, i);
  const tail = path.slice(i);
  if (head !== "" && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
  return PyTuple.of(head, tail);
}

export function basename(p: unknown): string {
  const path = text(p, "basename()");
  return path.slice(path.lastIndexOf("/") + 1);
}

export function dirname(p: unknown): string {
  const path = text(p, "dirname()");
  let head = path.slice(0, path.lastIndexOf("/") + 1);
  if (head !== "" && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
  return head;
}

/** os.path.splitext(p): leading dots of the last component do not start an extension. */
export function splitext(p: unknown): PyTuple<string> {
  const path = text(p, "splitext()");
  const sepIndex = path.lastIndexOf("/");
  const dotIndex = path.lastIndexOf(".");
  if (dotIndex > sepIndex) {
    let filenameIndex = sepIndex + 1;
    while (filenameIndex < dotIndex) {
      if (path[filenameIndex] !== ".") return PyTuple.of(path.slice(0, dotIndex), path.slice(dotIndex));
      filenameIndex++;
    }
  }
  return PyTuple.of(path, "");
}

export function isabs(p: unknown): boolean {
  return text(p, "isabs()").startsWith("/");
}

/** os.path.normpath(p): collapses separators, `.` and `..` (POSIX keeps a leading `//`). */
export function normpath(p: unknown): string {
  const path = text(p, "normpath()");
  if (path === "") return ".";
  const initialSlashes = path.startsWith("//") && !path.startsWith("///") ? 2 : path.startsWith("/") ? 1 : 0;
  const parts: string[] = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (initialSlashes === 0 && parts.length === 0) || (parts.length > 0 && parts[parts.length - 1] === "..")) parts.push(comp);
    else if (parts.length > 0) parts.pop();
  }
  const joined = "/".repeat(initialSlashes) + parts.join("/");
  return joined === "" ? "." : joined;
}

export function abspath(p: unknown): string {
  const path = text(p, "abspath()");
  return normpath(isabs(path) ? path : join(process.cwd(), path));
}

export function realpath(p: unknown): string {
  return abspath(p);
}

/** os.path.expanduser(p): `~` and `~/...` become the home directory. */
export function expanduser(p: unknown): string {
  const path = text(p, "expanduser()");
  if (!path.startsWith("~")) return path;
  const end = path.indexOf("/") < 0 ? path.length : path.indexOf("/");
  if (end !== 1) return path; // ~user is not looked up
  const home = (process.env["HOME"] ?? homedir()).replace(/\/+$/, "");
  return (home === "" ? "/" : home) + path.slice(1);
}

export function exists(p: unknown): boolean {
  return typeof p === "string" && existsSync(p);
}

export function isfile(p: unknown): boolean {
  try {
    return typeof p === "string" && statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isdir(p: unknown): boolean {
  try {
    return typeof p === "string" && statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// `print(posixpath)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../../builtins/modules.js";
registerModule(self, "posixpath");
