// `py2ts-mp check script.py`: runs the script and compares its output with the
// CPython recording beside it. (The comparator lands with the golden harness.)

import type { Dialect } from "../parse/ast.js";
import { writeErr } from "./output.js";

export interface CheckRequest {
  readonly script: string;
  readonly dialect: Dialect | undefined;
}

export async function checkCommand(request: CheckRequest): Promise<number> {
  writeErr(`py2ts-mp: check is not available yet for ${request.script}\n`);
  return 1;
}
