// Entry point of the lower stage: the Python AST plus analysis facts become
// TypeScript statements built with ts.factory, each Python statement carrying its
// comments and a position marker (trivia.ts) for the emitter.

import type ts from "typescript";
import type { AnalysisFacts } from "../analyze/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LowerContext } from "./context.js";
import { lowerModuleStatements } from "./module.js";
import { collectTrivia } from "./trivia.js";
import { LineMap } from "../diagnostics/textPosition.js";

export interface LowerResult {
  readonly statements: readonly ts.Statement[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface LowerModuleOptions {
  readonly fileName: string;
  readonly text: string;
}

export function lowerModule(facts: AnalysisFacts, options: LowerModuleOptions): LowerResult {
  const trivia = collectTrivia(facts.module, new LineMap(options.text));
  const ctx = new LowerContext(facts, options, trivia);
  const statements = lowerModuleStatements(ctx);
  return { statements, diagnostics: ctx.diagnostics };
}

export { bundleExportName, runtimeSpecifier } from "./imports.js";
export { stripMarkers, expandBlankLineMarkers } from "./markers.js";
