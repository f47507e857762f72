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
import { bundleExportName, lowerModule, runtimeSpecifier } from "./lower/index.js";
import type { Dialect } from "./parse/ast.js";
import { parseModule } from "./parse/index.js";
import { InternalError } from "./util/assert.js";
import { LineMap } from "./diagnostics/textPosition.js";

export { compilerVersion } from "./version.js";

export interface ConvertOptions {
  /** Force a dialect (`--py2` / `--py3`) instead of detecting it. */
  readonly dialect?: Dialect;
  /** Format the TypeScript with prettier (default true; `run` needs no formatting). */
  readonly format?: boolean;
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
  const emitted = await emitSourceFile(lowered.statements, { header, format: options.format ?? true });
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
  /**
   * Where the runtime is: the single-file bundle (dist/runtime/runtime.bundle.js),
   * or the unbundled runtime's index.js, so the module runs from any directory.
   */
  readonly runtime: { readonly kind: "bundle" | "files"; readonly url: string };
  /** The Python code objects (ConvertResult.pythonScopes), carried in the source map for tracebacks. */
  readonly pythonScopes?: readonly CodeScope[];
}

/**
 * TypeScript -> JavaScript for `run`: type annotations are erased (the tests type-check
 * emitted code separately), runtime imports are pointed at the installed runtime,
 * and an inline source map leads from JavaScript lines to Python lines.
 */
export function transpileForRun(typescript: string, pythonLines: readonly number[], options: TranspileOptions): string {
  const output = ts.transpileModule(typescript, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, inlineSources: false },
    fileName: "module.ts",
    transformers: { before: [runtimeImports(options.runtime)] },
  });
  const map = JSON.parse(output.sourceMapText ?? "{}") as RawSourceMap;
  const composed = composeWithPythonLines(map, pythonLines, options.pythonPath, options.pythonScopes ?? []);
  const code = output.outputText.replace(/^\/\/# sourceMappingURL=.*$/m, "");
  return `${code.trimEnd()}\n${inlineSourceMapComment(composed)}\n`;
}

/**
 * Points `py2ts-mp/runtime[/module]` imports at the installed runtime. With the
 * bundle, a module's namespace and each of its members are named exports of it
 * (imports, so members stay live bindings: `from sys import version_info` is set
 * by runModule, after the script's imports):
 *
 *   import * as os from "py2ts-mp/runtime/os"            ->  import { __runtime_os as os } from "<bundle>"
 *   import { Process } from "py2ts-mp/runtime/multiprocessing"
 *        ->  import { __runtime_multiprocessing$Process as Process } from "<bundle>"
 */
function runtimeImports(runtime: TranspileOptions["runtime"]): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (sourceFile) => {
    const f = context.factory;
    const statements: ts.Statement[] = [];
    for (const stmt of sourceFile.statements) {
      if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) {
        statements.push(stmt);
        continue;
      }
      const specifier = stmt.moduleSpecifier.text;
      if (specifier !== runtimeSpecifier && !specifier.startsWith(`${runtimeSpecifier}/`)) {
        statements.push(stmt);
        continue;
      }
      const module = specifier.slice(runtimeSpecifier.length + 1);
      if (runtime.kind === "files") {
        const url = module === "" ? runtime.url : `${runtime.url.replace(/\/index\.js$/, "")}/${module}/index.js`;
        statements.push(f.updateImportDeclaration(stmt, stmt.modifiers, stmt.importClause, f.createStringLiteral(url), stmt.attributes));
        continue;
      }
      const bundle = f.createStringLiteral(runtime.url);
      const clause = stmt.importClause;
      if (module === "" || !clause?.namedBindings) {
        statements.push(f.updateImportDeclaration(stmt, stmt.modifiers, clause, bundle, stmt.attributes));
        continue;
      }
      const specifiers = ts.isNamespaceImport(clause.namedBindings)
        ? [f.createImportSpecifier(false, f.createIdentifier(bundleExportName(module)), clause.namedBindings.name)]
        : clause.namedBindings.elements.map((e) => f.createImportSpecifier(false, f.createIdentifier(bundleExportName(module, (e.propertyName ?? e.name).text)), e.name));
      statements.push(f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports(specifiers)), bundle));
    }
    return f.updateSourceFile(sourceFile, statements);
  };
}
