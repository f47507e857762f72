// The statement visitor: one case per Python statement kind. Blocks keep the
// script's comments and blank lines (trivia.ts) and declare variables where
// declarations.ts placed them.
//
//   if c: ... elif d: ... else: ...  ->  if (truthy(c)) { ... } else if (truthy(d)) { ... } else { ... }
//   assert x, "msg"                   ->  if (!truthy(x)) { throw new AssertionError("msg"); }
//   """docstring"""                   ->  /** docstring */
//   pass                              ->  (nothing; its comments are kept)

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { assertNever } from "../util/assert.js";
import { lowerClassDef } from "./classes.js";
import { f, type LowerContext } from "./context.js";
import { lowerExceptionStatement } from "./exceptions.js";
import { lowerExpression } from "./expressions.js";
import { anyType, lowerFunctionDef, unboundInitializer } from "./functions.js";
import { lowerFor, lowerWhile, lowerBreak, lowerContinue } from "./loops.js";
import { lowerImport } from "./modules.js";
import { lowerCondition } from "./operators.js";
import { lowerPrintStatement } from "./print.js";
import { lowerAnnAssign, lowerAssign, lowerAugAssign, lowerDelete } from "./targets.js";
import { attachTrivia } from "./trivia.js";
import { lowerWith } from "./with.js";

export function lowerBlock(ctx: LowerContext, stmts: readonly ast.Stmt[]): ts.Statement[] {
  const out: ts.Statement[] = [];
  stmts.forEach((stmt, i) => {
    const lowered = [...declarationsBefore(ctx, stmt), ...lowerStatement(ctx, stmt)];
    // A module-level def keeps its comments on its exported declaration (module.ts).
    if (isExportedDef(ctx, stmt)) {
      out.push(...lowered);
      return;
    }
    if (lowered.length === 0 && (ctx.trivia.leading.has(stmt) || ctx.trivia.trailing.has(stmt))) {
      lowered.push(f.createNotEmittedStatement(f.createEmptyStatement()));
    }
    attachTrivia(stmt, lowered, ctx.trivia, ctx.lineMap, i === 0);
    out.push(...lowered);
  });
  return out;
}

function isExportedDef(ctx: LowerContext, stmt: ast.Stmt): boolean {
  return (stmt.kind === "FunctionDef" || stmt.kind === "ClassDef") && ctx.frames.length === 1 && ctx.facts.declarations.exported.has(stmt);
}

/** `defined(f);` where a module-level def that may not run stands (runtime/builtins/unbound.ts). */
function markDefined(ctx: LowerContext, stmt: ast.FunctionDef | ast.ClassDef): ts.Statement[] {
  const symbol = ctx.facts.bind.moduleScope.lookupLocal(stmt.name.name);
  if (!symbol || !ctx.facts.declarations.maybeUnbound.has(symbol)) return [];
  return [f.createExpressionStatement(ctx.callHelper("defined", [f.createIdentifier(ctx.declaredName(stmt))]))];
}

/** `let x: any;` right before the statement, for variables placed there. */
function declarationsBefore(ctx: LowerContext, stmt: ast.Stmt): ts.Statement[] {
  const symbols = ctx.facts.declarations.beforeStatement.get(stmt);
  if (!symbols || symbols.length === 0) return [];
  // Declared without a value: `any`, which TypeScript's definite-assignment check accepts
  // (Python would raise NameError where TypeScript sees a possibly unassigned variable).
  const decls = symbols.map((s) => f.createVariableDeclaration(ctx.symbolName(s), undefined, anyType(), unboundInitializer(ctx, s)));
  return [f.createVariableStatement(undefined, f.createVariableDeclarationList(decls, ts.NodeFlags.Let))];
}

export function lowerStatement(ctx: LowerContext, stmt: ast.Stmt): ts.Statement[] {
  switch (stmt.kind) {
    case "Expr":
      return lowerExpressionStatement(ctx, stmt);
    case "Assign":
      return lowerAssign(ctx, stmt);
    case "AugAssign":
      return lowerAugAssign(ctx, stmt);
    case "AnnAssign":
      return lowerAnnAssign(ctx, stmt);
    case "Delete":
      return lowerDelete(ctx, stmt);
    case "If":
      return [lowerIf(ctx, stmt)];
    case "While":
      return lowerWhile(ctx, stmt);
    case "For":
      return lowerFor(ctx, stmt);
    case "Break":
      return [lowerBreak(ctx)];
    case "Continue":
      return [lowerContinue(ctx)];
    case "Pass":
    case "Global":
    case "Nonlocal":
      return [];
    case "Return":
      return [f.createReturnStatement(stmt.value ? lowerExpression(ctx, stmt.value) : undefined)];
    case "FunctionDef":
      // A module-level def is an exported declaration; only its computed defaults run here.
      if (isExportedDef(ctx, stmt)) return [...(ctx.deferredDefaults.get(stmt) ?? []), ...markDefined(ctx, stmt)];
      return lowerFunctionDef(ctx, stmt, false);
    case "ClassDef":
      // A module-level class is an exported declaration; only its deferred attributes are assigned here.
      if (isExportedDef(ctx, stmt)) return [...(ctx.deferredDefaults.get(stmt) ?? []), ...markDefined(ctx, stmt)];
      return lowerClassDef(ctx, stmt, false);
    case "Import":
    case "ImportFrom":
      return lowerImport(ctx, stmt);
    case "Print":
      return lowerPrintStatement(ctx, stmt);
    case "Assert":
      return [lowerAssert(ctx, stmt)];
    case "Raise":
    case "Try":
      return lowerExceptionStatement(ctx, stmt);
    case "With":
      return lowerWith(ctx, stmt);
    case "Exec":
      ctx.unsupported(stmt, "The exec statement", "a translated program cannot execute Python source at run time");
      return [];
    case "Match":
      ctx.unsupported(stmt, "The match statement", "it is not translated yet");
      return [];
    case "TypeAlias":
      ctx.unsupported(stmt, "A type alias statement", "it is not translated yet");
      return [];
    default:
      return assertNever(stmt, "statement");
  }
}

function lowerExpressionStatement(ctx: LowerContext, stmt: ast.Expr): ts.Statement[] {
  const value = stmt.value;
  if (value.kind === "Constant" && value.value.type === "str") return [docComment(value.value.value)];
  return [f.createExpressionStatement(lowerExpression(ctx, value))];
}

/** A string used as a statement does nothing; it is a docstring, kept as a comment. */
function docComment(text: string): ts.Statement {
  const statement = f.createNotEmittedStatement(f.createEmptyStatement());
  const lines = text.replace(/\*\//g, "* /").split("\n").map((l) => l.trimEnd());
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  const indent = Math.min(...lines.slice(1).filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length), Infinity);
  const body = lines.map((l, i) => (i === 0 || !Number.isFinite(indent) ? l.trim() : l.slice(indent)));
  const comment = body.length <= 1 ? `* ${body[0] ?? ""} ` : `*\n${body.map((l) => ` * ${l}`.trimEnd()).join("\n")}\n `;
  ts.addSyntheticLeadingComment(statement, ts.SyntaxKind.MultiLineCommentTrivia, comment, true);
  return statement;
}

export function lowerIf(ctx: LowerContext, stmt: ast.If): ts.IfStatement {
  const thenBlock = f.createBlock(lowerBlock(ctx, stmt.body), true);
  let elseStatement: ts.Statement | undefined;
  if (stmt.orelse.length === 1 && stmt.orelse[0]!.kind === "If" && isElif(ctx, stmt.orelse[0]!)) {
    elseStatement = lowerIf(ctx, stmt.orelse[0]!);
  } else if (stmt.orelse.length > 0) {
    elseStatement = f.createBlock(lowerBlock(ctx, stmt.orelse), true);
  }
  return f.createIfStatement(lowerCondition(ctx, stmt.test), thenBlock, elseStatement);
}

/** An `elif` (as opposed to `else:` followed by a nested `if`) starts with the `elif` keyword. */
function isElif(ctx: LowerContext, node: ast.If): boolean {
  return ctx.options.text.startsWith("elif", node.span.start);
}

function lowerAssert(ctx: LowerContext, stmt: ast.Assert): ts.Statement {
  const error = f.createNewExpression(ctx.helper("AssertionError"), undefined, stmt.msg ? [lowerExpression(ctx, stmt.msg)] : []);
  const test = f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, parenthesized(lowerCondition(ctx, stmt.test)));
  return f.createIfStatement(test, f.createBlock([f.createThrowStatement(error)], true));
}

function parenthesized(expr: ts.Expression): ts.Expression {
  return ts.isBinaryExpression(expr) || ts.isConditionalExpression(expr) ? f.createParenthesizedExpression(expr) : expr;
}
