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
import { lowerExpression, readMayFindUnbound } from "./expressions.js";
import { walk } from "../parse/forEachChild.js";
import { readsThroughGetattr } from "./dynamicAttributes.js";
import { moduleOfExpression } from "./modules.js";

export function lowerPrintStatement(ctx: LowerContext, stmt: ast.Print): ts.Statement[] {
  // CPython 2 writes each item before it evaluates the next one (PRINT_ITEM), so in
  // `print 'average', average(xs)` whatever average() prints comes after "average ".
  // The items are printed in groups that end before each later item that calls something
  // or reads an attribute that may be missing (`print 'total', counter.val` writes
  // "total " before the AttributeError) or a variable that may be unbound.
  const groups: ast.Expression[][] = [[]];
  stmt.values.forEach((value, i) => {
    if (i > 0 && mayRunCode(ctx, value)) groups.push([]);
    groups[groups.length - 1]!.push(value);
  });
  if (groups.length > 1 && stmt.dest) return [printGroup(ctx, stmt.values, stmt.nl, stmt.dest)]; // the destination is evaluated once
  return groups.map((group, i) => printGroup(ctx, group, i === groups.length - 1 ? stmt.nl : false, stmt.dest));
}

function printGroup(ctx: LowerContext, items: readonly ast.Expression[], nl: boolean, dest: ast.Expression | null): ts.Statement {
  const values = items.map((v) => lowerExpression(ctx, v));
  if (nl && !dest) return f.createExpressionStatement(ctx.callHelper("print", values));
  const args: ts.Expression[] = [f.createArrayLiteralExpression(values), nl ? f.createTrue() : f.createFalse()];
  if (dest) args.push(lowerExpression(ctx, dest));
  return f.createExpressionStatement(ctx.callHelper("printStatement", args));
}

function mayRunCode(ctx: LowerContext, node: ast.Expression): boolean {
  let found = false;
  walk(node, (child) => {
    if (child.kind === "Call") found = true;
    if (child.kind === "Attribute" && !moduleOfExpression(ctx, child.value) && readsThroughGetattr(ctx, child)) found = true;
    if (child.kind === "Name" && child.ctx === "Load" && readMayFindUnbound(ctx, ctx.resolution(child), child)) found = true;
    return !found && child.kind !== "Lambda";
  });
  return found;
}
