// The builtins exit() and quit(): the site module's Quitter objects, which raise
// SystemExit with their argument (None when there is none, so e.args is (None,),
// unlike sys.exit()'s empty args).

import { SystemExit } from "./exceptions.js";

export function exit(code: unknown = null): never {
  throw new SystemExit(code);
}

export function quit(code: unknown = null): never {
  throw new SystemExit(code);
}
