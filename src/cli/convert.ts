// `py2ts-mp convert script.py [-o out.ts] [--source-map]`: writes the TypeScript (and
// optionally a source map back to the Python lines). Nothing is written when the
// script has errors.

import { writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import type { Dialect } from "../parse/ast.js";
import { reportDiagnostics, reportFileDiagnostic, writeOut } from "./output.js";
import { readSource } from "./source.js";

export interface ConvertRequest {
  readonly script: string;
  readonly output: string | null;
  readonly dialect: Dialect | undefined;
  readonly sourceMap: boolean;
}

export async function convertCommand(request: ConvertRequest): Promise<number> {
  const source = readSource(request.script);
  if (!source.ok) {
    reportFileDiagnostic(source.diagnostic, request.script);
    return 1;
  }
  const { convertSource, typescriptSourceMap } = await import("../compiler.js");
  const result = await convertSource(source.text, request.script, request.dialect ? { dialect: request.dialect } : {});
  if (!result.ok) {
    reportDiagnostics(result.diagnostics, request.script, source.text);
    return 1;
  }
  reportDiagnostics(result.diagnostics, request.script, source.text); // warnings only
  if (request.output === "-") {
    writeOut(result.typescript);
    return 0;
  }
  const output = request.output ?? join(dirname(request.script), `${basename(request.script).replace(/\.py$/, "")}.ts`);
  let text = result.typescript;
  if (request.sourceMap) {
    const map = typescriptSourceMap(result.pythonLines, relative(dirname(output), request.script), basename(output));
    writeFileSync(`${output}.map`, JSON.stringify(map));
    text = `${text.trimEnd()}\n//# sourceMappingURL=${basename(output)}.map\n`;
  }
  writeFileSync(output, text);
  return 0;
}
