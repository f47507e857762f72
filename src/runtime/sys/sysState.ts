// sys.argv, sys.exit, the int limits, sys.platform and sys.version_info. argv is
// the script's own argument list from the launcher (internal/program.ts); exit
// raises SystemExit, which the module bootstrap turns into the exit status
// (systemExitStatus). platform and version_info follow the dialect: the
// recordings come from CPython 2.7.18 and 3.11.7 on Linux.

import { onDialectChange } from "../builtins/dialect.js";
import { SystemExit } from "../builtins/exceptions.js";
import { PyList } from "../builtins/list.js";
import { str } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { stderr } from "./stdio.js";
import { onProgramConfigured, programInfo } from "../internal/program.js";
import { utf8Encode } from "../builtins/unicode.js";

/** sys.argv: the script path as given, then its arguments (the launcher configures them before the runtime loads). */
export const argv: PyList<string> = PyList.of(...(programInfo().scriptPath !== "" ? programInfo().argv : process.argv.slice(1)));

/** Replaces sys.argv's contents in place (the list object stays the same, as in Python). */
export function setArgv(values: readonly string[]): void {
  argv.length = 0;
  for (const v of values) argv.push(v);
}

onProgramConfigured((info) => setArgv(info.argv));

/**
 * sys.exit([status]): raises SystemExit made as CPython's PyErr_SetObject makes it:
 * None gives no arguments and a tuple gives its items (`sys.exit(None).args` is
 * `()`, where the builtin exit(None) gives `(None,)`; Python 2's child bootstrap
 * tells the two apart).
 */
export function exit(...status: unknown[]): never {
  const value = status[0];
  if (value === undefined || value === null) throw new SystemExit();
  if (value instanceof PyTuple) throw new SystemExit(...value);
  throw new SystemExit(value);
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
  return exitStatusOfCode(error.code);
}

/**
 * systemExitStatus of a code. `noneIsSuccess` false for Python 2.7's child
 * bootstrap, which prints a None argument like any other non-int.
 */
export function exitStatusOfCode(code: unknown, noneIsSuccess = true): number {
  if (code === null && noneIsSuccess) return 0;
  if (typeof code === "boolean") return code ? 1 : 0;
  if (typeof code === "number" && Number.isInteger(code)) return code;
  if (typeof code === "bigint") return Number(BigInt.asIntN(32, code));
  stderr.write(str(code) + "\n");
  return 1;
}

/** sys.version_info: a tuple with named fields (a struct sequence in CPython). */
export class VersionInfo extends PyTuple<number | string> {
  static readonly __name__ = "version_info";

  get major(): number {
    return this[0] as number;
  }
  get minor(): number {
    return this[1] as number;
  }
  get micro(): number {
    return this[2] as number;
  }
  get releaselevel(): string {
    return this[3] as string;
  }
  get serial(): number {
    return this[4] as number;
  }

  override __repr__(): string {
    return `sys.version_info(major=${this[0]}, minor=${this[1]}, micro=${this[2]}, releaselevel='${this[3]}', serial=${this[4]})`;
  }
}

function versionInfo(major: number, minor: number, micro: number): VersionInfo {
  const v = new VersionInfo();
  v.push(major, minor, micro, "final", 0);
  return v;
}

/** sys.platform: 'linux2' under Python 2, 'linux' under Python 3. */
export let platform = "linux";
export let version_info: VersionInfo = versionInfo(3, 11, 7);

let argvAsBytes = false;

onDialectChange((dialect) => {
  // Python 2's sys.argv holds byte strings (the arguments' UTF-8 bytes, one char per byte).
  if (dialect === "py2" && !argvAsBytes) {
    argvAsBytes = true;
    setArgv(argv.map((arg) => utf8Encode(arg)));
  }
  platform = dialect === "py2" ? "linux2" : "linux";
  version_info = dialect === "py2" ? versionInfo(2, 7, 18) : versionInfo(3, 11, 7);
});

let recursionLimit = 1000;

/** sys.getrecursionlimit(); the limit is recorded, JavaScript's own stack applies. */
export function getrecursionlimit(): number {
  return recursionLimit;
}

export function setrecursionlimit(limit: number): null {
  recursionLimit = limit;
  return null;
}
