// Command-line parsing for `py2ts-mp`. For `run`, options come before the script path
// and every argument after it belongs to the script (`sys.argv[1:]`), as with `python`.

import type { Dialect } from "../parse/ast.js";

export type Command = "convert" | "run" | "check" | "help" | "version";

export interface CliOptions {
  readonly command: Command;
  readonly script: string | null;
  readonly scriptArgs: readonly string[];
  readonly output: string | null;
  readonly dialect: Dialect | undefined;
  readonly sourceMap: boolean;
}

export class UsageError extends Error {}

export const usage = `Usage: py2ts-mp <command> [options] <script.py> [script args...]

Commands:
  convert <script.py>   Write script.ts next to the script (or to -o FILE; -o - for stdout)
  run <script.py> ...   Convert, compile and run the script; output and exit code are the program's
  check <script.py>     Run the script and compare with its CPython recording (script.expected.json)

Options:
  -o, --output FILE     (convert) where to write the TypeScript
  --source-map          (convert) also write FILE.map pointing back to the Python lines
  --py2, --py3          Treat the script as Python 2 / Python 3 instead of detecting it
  -h, --help            Show this help
  -v, --version         Show the version`;

export function parseArgs(argv: readonly string[]): CliOptions {
  let command: Command | null = null;
  let script: string | null = null;
  let output: string | null = null;
  let dialect: Dialect | undefined;
  let sourceMap = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // Everything after the script of `run` belongs to the script (its sys.argv).
    if (script !== null && command === "run") {
      rest.push(arg);
      continue;
    }
    if (arg === "-h" || arg === "--help") return options("help");
    if (arg === "-v" || arg === "--version") return options("version");
    if (arg === "--py2" || arg === "--py3") {
      dialect = arg === "--py2" ? "py2" : "py3";
      continue;
    }
    if (arg === "--source-map") {
      sourceMap = true;
      continue;
    }
    if (arg === "-o" || arg === "--output") {
      output = argv[++i] ?? null;
      if (output === null) throw new UsageError(`${arg} needs a file name`);
      continue;
    }
    if (arg === "--") {
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option '${arg}'`);
    if (command === null) {
      if (!["convert", "run", "check"].includes(arg)) throw new UsageError(`unknown command '${arg}'`);
      command = arg as Command;
      continue;
    }
    if (script !== null) throw new UsageError(`unexpected argument '${arg}'`);
    script = arg;
  }
  if (command === null) return options("help");
  if (script === null) throw new UsageError(`'${command}' needs a script path`);
  if (output !== null && command !== "convert") throw new UsageError("-o is only valid with convert");
  return { command, script, scriptArgs: rest, output, dialect, sourceMap };

  function options(cmd: Command): CliOptions {
    return { command: cmd, script: null, scriptArgs: [], output: null, dialect: undefined, sourceMap: false };
  }
}
