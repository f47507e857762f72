// Entry point of the parse stage: Python source text -> typed, immutable AST
// (ast.ts) plus syntax diagnostics. tree-sitter-python parses both dialects; the
// dialect is detected per file (dialect.ts) unless the caller forces one.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Dialect, Module } from "./ast.js";

export interface ParseOptions {
  /** Force a dialect instead of detecting it (`--py2` / `--py3`). */
  readonly dialect?: Dialect;
}

export interface ParseResult {
  /** Always present; when `diagnostics` has errors it must not be lowered. */
  readonly module: Module;
  readonly diagnostics: readonly Diagnostic[];
}

export function parseModule(text: string, fileName: string, options: ParseOptions = {}): ParseResult {
  void text;
  void fileName;
  void options;
  throw new Error("parseModule: not implemented yet");
}
