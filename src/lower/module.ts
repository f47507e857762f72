// Assembles the emitted module (docs/architecture.md §3):
//
//   imports
//   let <globals read by exported functions>: any;
//   const square_lambda = moduleLambda(...);  // module-level lambdas (moduleLambdas.ts)
//   export function f(...) { ... }      // module-level defs and classes, in source order
//   function moduleBody(): void { ... } // every other top-level statement
//   runModule(import.meta.url, moduleBody, { dialect, globals });
//
// Only the main process runs moduleBody (fork semantics); a child process imports
// the module to find its target by name and restores the globals snapshot.

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type FunctionFrame, type LowerContext } from "./context.js";
import { lowerClassDef } from "./classes.js";
import { anyType, hoistedDeclarations, lowerFunctionDef, unboundInitializer } from "./functions.js";
import { setConstantDeclarations } from "./literals.js";
import { lowerBlock } from "./statements.js";
import { tempDeclarations } from "./temps.js";
import { estimateProcessCount } from "./processCount.js";
import { attachTrivia, addComment } from "./trivia.js";

export function lowerModuleStatements(ctx: LowerContext): ts.Statement[] {
  const module = ctx.module;
  const scope = ctx.facts.bind.moduleScope;
  const exported = ctx.facts.declarations.exported;
  const frame: FunctionFrame = { scope, isMethod: false, loops: [], temps: [], handlers: [] };
  ctx.frames.push(frame);

  // CPython 3's frozenset constants: built once, before anything in the module can use them.
  const constants = setConstantDeclarations(ctx);
  const declarations: ts.Statement[] = [];
  // In source order, those inside module-level blocks included (declarations.ts findExported).
  [...exported].forEach((stmt) => {
    const lowered = stmt.kind === "FunctionDef" ? lowerFunctionDef(ctx, stmt, true) : lowerClassDef(ctx, stmt, true);
    attachTrivia(stmt, lowered, ctx.trivia, ctx.lineMap, stmt === module.body[0]);
    declarations.push(...lowered);
  });
  // Exported defs and classes stay in the body: their computed defaults and deferred
  // class attributes are assigned where they stand.
  const body = lowerBlock(ctx, module.body);
  ctx.frames.pop();

  const globals = globalDeclarations(ctx);
  const moduleBody = f.createFunctionDeclaration(
    undefined,
    undefined,
    "moduleBody",
    undefined,
    [],
    f.createKeywordTypeNode(ts.SyntaxKind.VoidKeyword),
    f.createBlock([...syntaxWarningStatements(ctx), ...hoistedDeclarations(ctx, scope), ...tempDeclarations(frame.temps), ...body], true),
  );
  ts.addSyntheticLeadingComment(moduleBody, ts.SyntaxKind.SingleLineCommentTrivia, " The module's top-level statements: they run once, in the main process.", true);
  const run = f.createExpressionStatement(ctx.callHelper("runModule", [importMetaUrl(), f.createIdentifier("moduleBody"), moduleOptions(ctx)]));
  for (const comment of ctx.trivia.end) addComment(run, comment, "trailing");
  return [...ctx.imports.declarations(), ...constants, ...globals, ...ctx.importTimeLambdas, ...declarations, moduleBody, run];
}

/** `let counter: any;` for module globals shared with exported functions. */
function globalDeclarations(ctx: LowerContext): ts.Statement[] {
  const symbols = ctx.facts.declarations.moduleLevel;
  if (symbols.length === 0 && ctx.moduleHolders.length === 0) return [];
  const decls = symbols.map((s) => f.createVariableDeclaration(ctx.symbolName(s), undefined, anyType(), unboundInitializer(ctx, s)));
  for (const holder of ctx.moduleHolders) decls.push(f.createVariableDeclaration(holder, undefined, anyType()));
  return [f.createVariableStatement(undefined, f.createVariableDeclarationList(decls, ts.NodeFlags.Let))];
}

function importMetaUrl(): ts.Expression {
  return f.createPropertyAccessExpression(f.createMetaProperty(ts.SyntaxKind.ImportKeyword, f.createIdentifier("meta")), "url");
}

// { dialect: "py2", globals: { get: () => ({ L1 }), set: (values) => ({ L1 } = values) } }
function moduleOptions(ctx: LowerContext): ts.Expression {
  const props: ts.ObjectLiteralElementLike[] = [f.createPropertyAssignment("dialect", f.createStringLiteral(ctx.module.dialect))];
  // Only print_function changes run-time behaviour (division is decided at compile time).
  const futures = ctx.module.futureFeatures.filter((feature) => feature === "print_function");
  if (futures.length > 0) props.push(f.createPropertyAssignment("futures", f.createArrayLiteralExpression(futures.map((x) => f.createStringLiteral(x)))));
  // Warm this many worker processes before the body runs (processCount.ts).
  const processes = estimateProcessCount(ctx);
  if (processes !== null) props.push(f.createPropertyAssignment("processes", f.createNumericLiteral(processes)));
  const names = [...ctx.facts.declarations.moduleLevel.map((s) => ctx.symbolName(s)), ...ctx.moduleHolders];
  const attributes = ctx.deferredClassAttributes;
  if (names.length > 0 || attributes.length > 0) {
    // `{ v, "Worker.limit": Worker.limit }`: read by get, assigned by set (a destructuring target may be a property).
    const shorthand = (): ts.ObjectLiteralExpression =>
      f.createObjectLiteralExpression(
        [
          ...names.map((n) => f.createShorthandPropertyAssignment(n)),
          ...attributes.map(({ cls, attribute }) =>
            f.createPropertyAssignment(f.createStringLiteral(`${cls}.${attribute}`), f.createPropertyAccessExpression(f.createIdentifier(cls), attribute)),
          ),
        ],
        false,
      );
    const arrow = f.createToken(ts.SyntaxKind.EqualsGreaterThanToken);
    // A global that may be unbound when a process starts travels as absent, and is unbound in the child (unbound.ts).
    const maybeUnbound = ctx.facts.declarations.moduleLevel.filter((s) => ctx.facts.declarations.maybeUnbound.has(s)).map((s) => ctx.symbolName(s));
    const snapshot = maybeUnbound.length > 0 ? ctx.callHelper("withoutUnbound", [shorthand()]) : f.createParenthesizedExpression(shorthand());
    const get = f.createArrowFunction(undefined, undefined, [], undefined, arrow, snapshot);
    const valuesParam = f.createParameterDeclaration(undefined, undefined, "values", undefined, f.createTypeReferenceNode("Record", [f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), anyType()]));
    const values =
      maybeUnbound.length > 0
        ? ctx.callHelper("unboundWhereAbsent", [f.createIdentifier("values"), f.createArrayLiteralExpression(maybeUnbound.map((n) => f.createStringLiteral(n)))])
        : f.createIdentifier("values");
    const set = f.createArrowFunction(undefined, undefined, [valuesParam], undefined, arrow, f.createParenthesizedExpression(f.createAssignment(shorthand(), values)));
    props.push(f.createPropertyAssignment("globals", f.createObjectLiteralExpression([f.createPropertyAssignment("get", get), f.createPropertyAssignment("set", set)], true)));
  }
  return f.createObjectLiteralExpression(props, true);
}

/** `syntaxWarnings([[2, '"is" with a literal. Did you mean "=="?']])`: every one, in source order (CPython does not deduplicate these). */
function syntaxWarningStatements(ctx: LowerContext): ts.Statement[] {
  // One per source occurrence, even if a node were lowered twice.
  const unique = new Map(ctx.syntaxWarnings.map((w) => [`${w.offset}:${w.message}`, w]));
  const warnings = [...unique.values()].sort((a, b) => a.offset - b.offset);
  if (warnings.length === 0) return [];
  const list = f.createArrayLiteralExpression(warnings.map((w) => f.createArrayLiteralExpression([f.createNumericLiteral(w.line), f.createStringLiteral(w.message)])));
  return [f.createExpressionStatement(ctx.callHelper("syntaxWarnings", [list]))];
}
