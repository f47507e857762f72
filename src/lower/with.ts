// Lowers `with`. CPython calls `__exit__` with the exception (and swallows it when
// `__exit__` returns true) or with None on every other way out, including return
// and break; the runtime's `enterContext` keeps that bookkeeping:
//
//   with lock:               ->  const lockContext = enterContext(lock);
//       body                     try { body } catch (error) { lockContext.exitWithError(error); } finally { lockContext.exit(); }
//   with open(p) as f:       ->  const fContext = enterContext(open(p));
//                                const f = fContext.value;  ...

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { lowerBlock } from "./statements.js";
import { assignTo } from "./targets.js";

export function lowerWith(ctx: LowerContext, stmt: ast.With): ts.Statement[] {
  if (stmt.isAsync) {
    ctx.unsupported(stmt, "`async with`", "asyncio programs are not translated");
    return [];
  }
  return lowerItems(ctx, stmt, 0);
}

function lowerItems(ctx: LowerContext, stmt: ast.With, index: number): ts.Statement[] {
  if (index >= stmt.items.length) return lowerBlock(ctx, stmt.body);
  const item = stmt.items[index]!;
  const base = contextBaseName(item);
  const holder = ctx.names.unique(`${base}Context`);
  const out: ts.Statement[] = [
    f.createVariableStatement(
      undefined,
      f.createVariableDeclarationList(
        [f.createVariableDeclaration(holder, undefined, undefined, ctx.callHelper("enterContext", [lowerExpression(ctx, item.contextExpr)]))],
        ts.NodeFlags.Const,
      ),
    ),
  ];
  const value = f.createPropertyAccessExpression(f.createIdentifier(holder), "value");
  if (item.optionalVars) out.push(...bindValue(ctx, stmt, item.optionalVars, value));
  const error = ctx.names.unique("error");
  const body = f.createBlock(lowerItems(ctx, stmt, index + 1), true);
  const onError = f.createCatchClause(
    error,
    f.createBlock([f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(holder), "exitWithError"), undefined, [f.createIdentifier(error)]))], true),
  );
  const onExit = f.createBlock([f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(holder), "exit"), undefined, []))], true);
  out.push(f.createTryStatement(body, onError, onExit));
  return out;
}

function bindValue(ctx: LowerContext, stmt: ast.With, target: ast.Expression, value: ts.Expression): ts.Statement[] {
  if (target.kind === "Name") {
    const resolution = ctx.resolution(target);
    if (resolution.kind === "local" || resolution.kind === "global") {
      const placement = ctx.placement(resolution.symbol);
      if (placement.kind === "bindingSite" && placement.nodes.has(stmt)) {
        const flags = placement.constant ? ts.NodeFlags.Const : ts.NodeFlags.Let;
        return [f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(ctx.symbolName(resolution.symbol), undefined, undefined, value)], flags))];
      }
    }
  }
  return assignTo(ctx, target, value);
}

function contextBaseName(item: ast.WithItem): string {
  if (item.optionalVars?.kind === "Name") return item.optionalVars.id;
  const expr = item.contextExpr;
  if (expr.kind === "Name") return expr.id;
  if (expr.kind === "Call" && expr.func.kind === "Name") return expr.func.id;
  if (expr.kind === "Call" && expr.func.kind === "Attribute") return expr.func.attr.name;
  return "with";
}
