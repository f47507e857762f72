// The `py2ts-mp` command: parses arguments and dispatches. Heavy modules (the
// compiler, prettier, tree-sitter) load only when a command needs them. Any
// unexpected exception is reported as an internal error, never as a raw stack.

import { parseArgs, usage, UsageError } from "./args.js";
import { writeErr, writeOut } from "./output.js";

export async function main(argv: readonly string[]): Promise<void> {
  let code: number | null;
  try {
    code = await dispatch(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      writeErr(`py2ts-mp: ${error.message}\n\n${usage}\n`);
      code = 2;
    } else {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      writeErr(`py2ts-mp: internal error: ${detail}\nThis is a bug in py2ts-mp; please report it with the input file.\n`);
      code = 70;
    }
  }
  // `run` ends the process itself with the program's exit code.
  if (code !== null) process.exit(code);
}

async function dispatch(argv: readonly string[]): Promise<number | null> {
  const options = parseArgs(argv);
  switch (options.command) {
    case "help":
      writeOut(`${usage}\n`);
      return 0;
    case "version": {
      const { compilerVersion } = await import("../version.js");
      writeOut(`py2ts-mp ${compilerVersion}\n`);
      return 0;
    }
    case "convert": {
      const { convertCommand } = await import("./convert.js");
      return convertCommand({ script: options.script!, output: options.output, dialect: options.dialect, sourceMap: options.sourceMap });
    }
    case "run": {
      const { runScript } = await import("./run.js");
      return runScript({ script: options.script!, args: options.scriptArgs, dialect: options.dialect });
    }
    case "check": {
      const { checkCommand } = await import("./check.js");
      return checkCommand({ script: options.script!, dialect: options.dialect });
    }
  }
}
