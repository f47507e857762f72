// Lowers Python 2's print statement. The plain form is the same call as Python 3's
// print function; a trailing comma (no newline, "softspace") or a `>>file`
// destination goes through `printStatement`, which keeps CPython 2's softspace rules.
//
//   print "a", x          ->  print("a", x);
//   print "a",            ->  printStatement(["a"], false);
//   print >>sys.stderr, x ->  printStatement([x], true, sys.stderr);
//   print                 ->  print();

import type ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";

export function lowerPrintStatement(ctx: LowerContext, stmt: ast.Print): ts.Statement {
  const values = stmt.values.map((v) => lowerExpression(ctx, v));
  if (stmt.nl && !stmt.dest) return f.createExpressionStatement(ctx.callHelper("print", values));
  const args: ts.Expression[] = [f.createArrayLiteralExpression(values), stmt.nl ? f.createTrue() : f.createFalse()];
  if (stmt.dest) args.push(lowerExpression(ctx, stmt.dest));
  return f.createExpressionStatement(ctx.callHelper("printStatement", args));
}
