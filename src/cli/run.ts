// `py2ts-mp run script.py args...`: convert (or take from the cache), transpile, and
// run the program in this process, whose main thread becomes the Python main
// process. Output, stderr and the exit code are the program's own.

import { join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Dialect } from "../parse/ast.js";
import type { configureProgram } from "../runtime/internal/program.js";
import { cacheDirectory, cacheKey, compilerFingerprint, readCached, writeCached } from "./cache.js";
import { reportDiagnostics, reportFileDiagnostic } from "./output.js";
import { readSource } from "./source.js";

export interface RunRequest {
  readonly script: string;
  readonly args: readonly string[];
  readonly dialect: Dialect | undefined;
}

/** Compiles the script to cached JavaScript; returns its path, or null after reporting why not. */
export async function compileToCache(script: string, dialect: Dialect | undefined): Promise<string | null> {
  const source = readSource(script);
  if (!source.ok) {
    reportFileDiagnostic(source.diagnostic, script);
    return null;
  }
  const absolute = resolve(script);
  const runtime = installedRuntime();
  const key = cacheKey([source.text, dialect ?? "auto", absolute, runtime.kind, runtime.url, compilerFingerprint()]);
  const cached = join(cacheDirectory(), `${key}.mjs`);
  if (readCached(cached) !== null) return cached;

  const { convertSource, transpileForRun } = await import("../compiler.js");
  // Unformatted: the JavaScript is what runs, and prettier would only cost time.
  const result = await convertSource(source.text, script, { format: false, ...(dialect ? { dialect } : {}) });
  if (!result.ok) {
    reportDiagnostics(result.diagnostics, script, source.text);
    return null;
  }
  writeCached(cached, transpileForRun(result.typescript, result.pythonLines, { pythonPath: absolute, runtime, pythonScopes: result.pythonScopes }));
  return cached;
}

/** The single-file runtime bundle when the build made one (it boots workers faster), else the runtime's files. */
function installedRuntime(): { kind: "bundle" | "files"; url: string } {
  const bundle = new URL("../../runtime/runtime.bundle.js", import.meta.url);
  if (existsSync(fileURLToPath(bundle))) return { kind: "bundle", url: bundle.href };
  return { kind: "files", url: new URL("../runtime/index.js", import.meta.url).href };
}

export async function runScript(request: RunRequest): Promise<number | null> {
  const compiled = await compileToCache(request.script, request.dialect);
  if (!compiled) return 1;
  // Configure the runtime instance the script will import (the bundle or the files), not this module's own.
  const runtime = (await import(installedRuntime().url)) as { configureProgram: typeof configureProgram };
  runtime.configureProgram({ argv: [request.script, ...request.args], scriptPath: request.script, absoluteScriptPath: resolve(request.script) });
  // Stack frames then name Python files and lines, which tracebacks print.
  process.setSourceMapsEnabled(true);
  // The module runs its body and ends the process with the program's exit code.
  await import(pathToFileURL(compiled).href);
  return null;
}
