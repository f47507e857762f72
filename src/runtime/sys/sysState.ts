// sys.argv, sys.exit and the int limits. argv is set by the program launcher
// (setArgv) to the script's own argument list; exit raises SystemExit, which the
// module bootstrap turns into the exit status.

import { SystemExit } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { str } from "../builtins/repr.js";
import { stderr } from "./stdio.js";

/** sys.argv: the script path as given, then its arguments. */
export const argv: PyList<string> = PyList.of(...process.argv.slice(1));

/** Replaces sys.argv's contents in place (the list object stays the same, as in Python). */
export function setArgv(values: readonly string[]): void {
  argv.length = 0;
  for (const v of values) argv.push(v);
}

/** sys.exit([status]): raises SystemExit(status). */
export function exit(...status: unknown[]): never {
  throw new SystemExit(...status.slice(0, 1));
}

/** sys.maxsize (and Python 2's sys.maxint) on a 64-bit build: 2**63 - 1. */
export const maxsize = 2n ** 63n - 1n;
export const maxint = maxsize;

/**
 * The process exit status for an uncaught SystemExit, as CPython's
 * handle_system_exit computes it: None is 0, an int (or bool) is itself, and
 * anything else is printed to stderr and gives 1.
 */
export function systemExitStatus(error: SystemExit): number {
  const code = error.code;
  if (code === null) return 0;
  if (typeof code === "boolean") return code ? 1 : 0;
  if (typeof code === "number" && Number.isInteger(code)) return code;
  if (typeof code === "bigint") return Number(BigInt.asIntN(32, code));
  stderr.write(str(code) + "\n");
  return 1;
}
