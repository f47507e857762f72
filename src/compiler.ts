// The whole pipeline in order — reading this function shows every stage:
//
//   parse -> analyze -> lower -> emit
//
// Each stage returns diagnostics; the first stage with an error stops the
// pipeline, so nothing half-translated is ever produced. `transpileForRun` turns
// the emitted TypeScript into the JavaScript `py2ts-mp run` executes.

import ts from "typescript";
import { analyzeModule, codeScopes, type CodeScope } from "./analyze/index.js";
import { createDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import { messages } from "./diagnostics/messages.js";
import { emitSourceFile } from "./emit/index.js";
import { composeWithPythonLines, inlineSourceMapComment, lineSourceMap, type RawSourceMap } from "./emit/sourceMap.js";
import { lowerModule, runtimeSpecifier } from "./lower/index.js";
import type { Dialect } from "./parse/ast.js";
import { parseModule } from "./parse/index.js";
import { InternalError } from "./util/assert.js";
import { LineMap } from "./diagnostics/textPosition.js";

export { compilerVersion } from "./version.js";

export interface ConvertOptions {
  /** Force a dialect (`--py2` / `--py3`) instead of detecting it. */
  readonly dialect?: Dialect;
}

export type ConvertResult =
  | {
      readonly ok: true;
      readonly typescript: string;
      /** For each 0-based TypeScript line, the 1-based Python line (0 for none). */
      readonly pythonLines: readonly number[];
      /** The Python code objects and their lines (tracebacks name frames by them). */
      readonly pythonScopes: readonly CodeScope[];
      readonly dialect: Dialect;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export async function convertSource(text: string, fileName: string, options: ConvertOptions = {}): Promise<ConvertResult> {
  try {
    return await runStages(text, fileName, options);
  } catch (error) {
    // A broken invariant in our own code: report it located at the file start, never as a stack trace.
    const detail = error instanceof InternalError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, diagnostics: [createDiagnostic(messages.internalError, { start: 0, end: 0 }, { detail })] };
  }
}

async function runStages(text: string, fileName: string, options: ConvertOptions): Promise<ConvertResult> {
  const parsed = parseModule(text, fileName, options.dialect ? { dialect: options.dialect } : {});
  if (hasErrors(parsed.diagnostics)) return failed(parsed.diagnostics);
  if (parsed.module.body.length === 0 && text.trim() === "") {
    return failed([createDiagnostic(messages.emptyFile, { start: 0, end: 0 })]);
  }

  const analyzed = analyzeModule(parsed.module);
  const soFar = [...parsed.diagnostics, ...analyzed.diagnostics];
  if (hasErrors(soFar)) return failed(soFar);

  const lowered = lowerModule(analyzed.facts, { fileName, text });
  const all = [...soFar, ...lowered.diagnostics];
  if (hasErrors(all)) return failed(all);

  const dialect = parsed.module.dialect;
  const header = `${baseName(fileName)}, converted from Python ${dialect === "py2" ? "2" : "3"} by py2ts-mp.`;
  const emitted = await emitSourceFile(lowered.statements, { header });
  const lineMap = new LineMap(text);
  const pythonScopes = codeScopes(parsed.module, (offset) => lineMap.position(offset).line);
  return { ok: true, typescript: emitted.text, pythonLines: emitted.pythonLines, pythonScopes, dialect, diagnostics: sortDiagnostics(all) };
}

function failed(diagnostics: readonly Diagnostic[]): ConvertResult {
  return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The .ts.map for a converted file: each TypeScript line points at its Python line. */
export function typescriptSourceMap(pythonLines: readonly number[], pythonFile: string, typescriptFile: string): RawSourceMap {
  return lineSourceMap(pythonLines, pythonFile, typescriptFile);
}

export interface TranspileOptions {
  /** Absolute path of the Python source (source maps point at it). */
  readonly pythonPath: string;
  /** URL the runtime import is rewritten to, so the module runs from any directory. */
  readonly runtimeUrl: string;
  /** The Python code objects (ConvertResult.pythonScopes), carried in the source map for tracebacks. */
  readonly pythonScopes?: readonly CodeScope[];
}

/**
 * TypeScript -> JavaScript for `run`: type annotations are erased (the tests type-check
 * emitted code separately), the runtime import is pointed at the installed runtime,
 * and an inline source map leads from JavaScript lines to Python lines.
 */
export function transpileForRun(typescript: string, pythonLines: readonly number[], options: TranspileOptions): string {
  const output = ts.transpileModule(typescript, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, inlineSources: false },
    fileName: "module.ts",
  });
  const map = JSON.parse(output.sourceMapText ?? "{}") as RawSourceMap;
  const composed = composeWithPythonLines(map, pythonLines, options.pythonPath, options.pythonScopes ?? []);
  const code = output.outputText
    .replace(/^\/\/# sourceMappingURL=.*$/m, "")
    .replace(new RegExp(`(["'])${escapeRegExp(runtimeSpecifier)}(/[\\w/]+)?\\1`, "g"), (_m, quote: string, sub: string | undefined) => {
      const url = sub ? `${options.runtimeUrl.replace(/\/index\.js$/, "")}${sub}/index.js` : options.runtimeUrl;
      return `${quote}${url}${quote}`;
    });
  return `${code.trimEnd()}\n${inlineSourceMapComment(composed)}\n`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
