// "Evaluate once" support: when a lowered expression must be used twice (`a or b`
// returns `a` itself; `x[f()] += 1` reads and writes one element), a non-trivial
// operand is stored in a temporary declared at the top of the function, as
// TypeScript's own transformers do with hoisted temp variables.

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";

/** Python expressions that are free of side effects and cheap to evaluate twice. */
export function isSimple(node: ast.Expression): boolean {
  return node.kind === "Name" || node.kind === "Constant";
}

function isSimpleTs(expr: ts.Expression): boolean {
  return (
    ts.isIdentifier(expr) ||
    ts.isLiteralExpression(expr) ||
    expr.kind === ts.SyntaxKind.ThisKeyword ||
    expr.kind === ts.SyntaxKind.NullKeyword ||
    expr.kind === ts.SyntaxKind.TrueKeyword ||
    expr.kind === ts.SyntaxKind.FalseKeyword
  );
}

/** Builds `use(value)`, storing `value` in a temporary first unless it is simple. */
export function withTemp(ctx: LowerContext, value: ts.Expression, use: (ref: ts.Expression) => ts.Expression): ts.Expression {
  if (isSimpleTs(value)) return use(value);
  const temp = f.createIdentifier(ctx.temp());
  return f.createParenthesizedExpression(f.createComma(f.createAssignment(temp, value), use(temp)));
}

/** `let _t: any, _t_1: any;` for the temporaries a function used. */
export function tempDeclarations(temps: readonly string[]): ts.Statement[] {
  if (temps.length === 0) return [];
  const anyType = f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
  return [
    f.createVariableStatement(
      undefined,
      f.createVariableDeclarationList(temps.map((t) => f.createVariableDeclaration(t, undefined, anyType)), ts.NodeFlags.Let),
    ),
  ];
}
