// Entry point of the emit stage: prints the lowered statements with the TypeScript
// printer, formats them with prettier, and turns the lowering's position markers
// into a TypeScript-line -> Python-line table (for source maps and tracebacks).

import ts from "typescript";
import { expandBlankLineMarkers, stripMarkers } from "../lower/markers.js";
import { formatTypeScript } from "./format.js";

export interface EmitOptions {
  /** First comment line of the file. */
  readonly header: string;
  /** Format with prettier (default true). `run` skips it: only the line map matters there. */
  readonly format?: boolean;
}

export interface EmitResult {
  readonly text: string;
  /** For each 0-based line of `text`, the 1-based Python line it came from (0 for none). */
  readonly pythonLines: readonly number[];
}

export async function emitSourceFile(statements: readonly ts.Statement[], options: EmitOptions): Promise<EmitResult> {
  const f = ts.factory;
  const sourceFile = f.createSourceFile([...statements], f.createToken(ts.SyntaxKind.EndOfFileToken), ts.NodeFlags.None);
  // neverAsciiEscape: keep Chinese and other non-ASCII text readable in string literals.
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, neverAsciiEscape: true } as ts.PrinterOptions);
  const printed = escapeLoneSurrogates(`// ${options.header}\n\n${printer.printFile(sourceFile)}`);
  if (options.format === false) return stripMarkers(printed);
  const formatted = await formatTypeScript(expandBlankLineMarkers(printed));
  return stripMarkers(formatted);
}

/** A lone surrogate half (Python's '\ud800'). Only string literals can hold one: Python source text cannot. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The printer writes a lone surrogate as it is, and the file's UTF-8 then holds
 * U+FFFD in its place; an escape keeps the code unit.
 */
export function escapeLoneSurrogates(text: string): string {
  return text.replace(loneSurrogate, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
}
