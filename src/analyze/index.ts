// Entry point of the analyze stage: scopes and name resolution (binder.ts), then
// where each variable is declared in the output (declarations.ts). Later analyses
// (types, fork facts) add their own side tables to AnalysisFacts.

import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "../parse/ast.js";
import { bindModule, type BindResult } from "./binder.js";
import { placeDeclarations, type DeclarationFacts } from "./declarations.js";
import { findSetConstants, type SetConstantFacts } from "./setConstants.js";
import { inferTypes, type TypeFacts } from "./types.js";

export interface AnalysisFacts {
  readonly module: ast.Module;
  readonly bind: BindResult;
  readonly declarations: DeclarationFacts;
  readonly types: TypeFacts;
  readonly setConstants: SetConstantFacts;
}

export interface AnalysisResult {
  readonly facts: AnalysisFacts;
  readonly diagnostics: readonly Diagnostic[];
}

export function analyzeModule(module: ast.Module): AnalysisResult {
  const bind = bindModule(module);
  const diagnostics = [...bind.diagnostics];
  for (const [site, resolution] of bind.resolutions) {
    if (resolution.kind === "undefined" && site.kind === "Name" && site.ctx === "Load") {
      diagnostics.push(createDiagnostic(messages.undefinedName, site.span, { name: resolution.name }));
    }
  }
  const declarations = placeDeclarations(module, bind);
  const types = inferTypes(module, bind);
  const setConstants = findSetConstants(module);
  return { facts: { module, bind, declarations, types, setConstants }, diagnostics };
}

export type { Resolution, NameSite } from "./binder.js";
export type { Placement } from "./declarations.js";
export type { SetConstant, SetConstantFacts, SetConstantUse } from "./setConstants.js";
export { elementType, isKind, type PyType } from "./types.js";
export { PySymbol, Scope, SymbolFlags } from "./scope.js";
export { codeScopes, type CodeScope, type CodeScopeKind } from "./codeScopes.js";
