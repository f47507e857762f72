// Lowers comprehensions to an immediately called arrow function with plain loops,
// and generator expressions to an immediately called generator function. The first
// iterable is evaluated where the comprehension stands, as in Python.
//
//   [x * x for x in xs if x]  ->  ((it) => { const result = new PyList(); for (const x of it) if (truthy(x)) result.push(mul(x, x)); return result; })(iterate(xs))
//   (x for x in xs)           ->  (function* (it) { for (const x of it) yield x; })(iterate(xs))
//   {k: v for k, v in ps}     ->  ... setitem(result, k, v) ...

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { lowerCondition } from "./operators.js";
import { arrayBindingPattern, assignTo } from "./targets.js";
import { loopIterable, unpackedItems } from "./loops.js";
import { walk } from "../parse/forEachChild.js";
import { SymbolFlags } from "../analyze/index.js";

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

export function lowerComprehension(ctx: LowerContext, node: Comprehension): ts.Expression {
  if (node.generators.some((g) => g.isAsync)) return ctx.unsupported(node, "An async comprehension", "asyncio programs are not translated");
  const first = loopIterable(ctx, node.generators[0]!.iter);
  const iterable = ctx.names.unique("iterable");
  const result = ctx.names.unique("result");
  const scope = ctx.facts.bind.scopeOf.get(node);
  if (scope) ctx.frames.push({ scope, isMethod: false, loops: [], temps: [], handlers: [] });
  const innermost = produce(ctx, node, result);
  let body: ts.Statement = innermost;
  for (let i = node.generators.length - 1; i >= 0; i--) {
    const gen = node.generators[i]!;
    for (let j = gen.ifs.length - 1; j >= 0; j--) body = f.createIfStatement(lowerCondition(ctx, gen.ifs[j]!), body);
    const source = i === 0 ? f.createIdentifier(iterable) : loopIterable(ctx, gen.iter);
    body = loopOver(ctx, gen.target, source, body, gen.iter);
  }
  const temps = scope ? ctx.frames.pop()!.temps : [];
  const assigned = assignedTargetDeclarations(ctx, node.generators);
  const tempDecl = assigned.length > 0 || temps.length > 0 ? [...assigned, ...(temps.length > 0 ? [f.createVariableStatement(undefined, f.createVariableDeclarationList(temps.map((t) => f.createVariableDeclaration(t, undefined, f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword))), ts.NodeFlags.Let))] : [])] : [];
  const param = [f.createParameterDeclaration(undefined, undefined, iterable, undefined, f.createTypeReferenceNode("Iterable", [f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword)]))];
  if (node.kind === "GeneratorExp") {
    const fn = f.createFunctionExpression(undefined, f.createToken(ts.SyntaxKind.AsteriskToken), undefined, undefined, param, undefined, f.createBlock([...tempDecl, body], true));
    if (!ctx.inMethod) return f.createCallExpression(f.createParenthesizedExpression(fn), undefined, [first]);
    // `.call(this, ...)` keeps a method's `this` inside the generator function.
    const callee = f.createPropertyAccessExpression(f.createParenthesizedExpression(fn), "call");
    return f.createCallExpression(callee, undefined, [f.createThis(), first]);
  }
  const container = node.kind === "ListComp" ? "PyList" : node.kind === "SetComp" ? "PySet" : "PyDict";
  const init = f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(result, undefined, undefined, f.createNewExpression(ctx.helper(container), undefined, []))], ts.NodeFlags.Const));
  const arrow = f.createArrowFunction(undefined, undefined, param, undefined, f.createToken(ts.SyntaxKind.EqualsGreaterThanToken), f.createBlock([...tempDecl, init, body, f.createReturnStatement(f.createIdentifier(result))], true));
  return f.createCallExpression(f.createParenthesizedExpression(arrow), undefined, [first]);
}

function produce(ctx: LowerContext, node: Comprehension, result: string): ts.Statement {
  const target = f.createIdentifier(result);
  switch (node.kind) {
    case "ListComp":
      return f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(target, "push"), undefined, [lowerExpression(ctx, node.elt)]));
    case "SetComp":
      return f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(target, "add"), undefined, [lowerExpression(ctx, node.elt)]));
    case "DictComp":
      return f.createExpressionStatement(ctx.callHelper("setitem", [target, lowerExpression(ctx, node.key), lowerExpression(ctx, node.value)]));
    case "GeneratorExp":
      return f.createExpressionStatement(f.createYieldExpression(undefined, lowerExpression(ctx, node.elt)));
  }
}

/** The names a comprehension loop declares itself (`for (const [k, v] of ...)`), or null when it assigns them. */
function loopBoundNames(ctx: LowerContext, target: ast.Expression): ast.Name[] | null {
  // Python 3 comprehension variables are local to the comprehension: declare them in the loop
  // (unless a lambda inside captures one: Python closures see the one variable, not a copy per item).
  if ((ctx.isPy2 && !isOwnScopeTarget(ctx, target)) || capturesTarget(ctx, target)) return null;
  const names = target.kind === "Name" ? [target] : target.kind === "Tuple" || target.kind === "List" ? target.elts : null;
  return names && names.every((n) => n.kind === "Name") ? (names as ast.Name[]) : null;
}

function loopOver(ctx: LowerContext, target: ast.Expression, source: ts.Expression, body: ts.Statement, iterNode?: ast.Expression): ts.Statement {
  const names = loopBoundNames(ctx, target);
  if (names) {
    const ids = names.map((n) => {
      const resolution = ctx.resolution(n);
      return resolution.kind === "local" ? ctx.symbolName(resolution.symbol) : n.id;
    });
    const binding = target.kind === "Name" ? ids[0]! : arrayBindingPattern(ids);
    const items = iterNode ? unpackedItems(ctx, target, iterNode, source) : source;
    return f.createForOfStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(binding)], ts.NodeFlags.Const), items, body);
  }
  const item = ctx.names.unique("item");
  const assignments = assignTo(ctx, target, f.createIdentifier(item));
  return f.createForOfStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(item)], ts.NodeFlags.Const), source, f.createBlock([...assignments, body], true));
}

function capturesTarget(ctx: LowerContext, target: ast.Expression): boolean {
  let captured = false;
  walk(target, (node) => {
    const resolution = node.kind === "Name" ? ctx.resolution(node) : null;
    if (resolution && resolution.kind === "local" && resolution.symbol.has(SymbolFlags.Captured)) captured = true;
  });
  return captured;
}

/**
 * The comprehension's own variables that its loops assign rather than declare (one
 * captured by a closure, a nested or starred target `a, (b, c)`, Python 2's
 * generator expression over a tuple target): declared once, before the loops
 * (`let n: any;`), so they are the comprehension's and not an outer variable.
 */
function assignedTargetDeclarations(ctx: LowerContext, generators: readonly ast.Comprehension[]): ts.Statement[] {
  const names: string[] = [];
  for (const gen of generators) {
    if (loopBoundNames(ctx, gen.target) !== null) continue;
    walk(gen.target, (node) => {
      const resolution = node.kind === "Name" ? ctx.resolution(node) : null;
      if (resolution && resolution.kind === "local" && resolution.symbol.scope.kind === "comprehension") {
        const name = ctx.symbolName(resolution.symbol);
        if (!names.includes(name)) names.push(name);
      }
    });
  }
  if (names.length === 0) return [];
  const decls = names.map((n) => f.createVariableDeclaration(n, undefined, f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword)));
  return [f.createVariableStatement(undefined, f.createVariableDeclarationList(decls, ts.NodeFlags.Let))];
}

/** In Python 2 only list comprehensions leak their variables; the others have their own scope. */
function isOwnScopeTarget(ctx: LowerContext, target: ast.Expression): boolean {
  if (target.kind !== "Name") return false;
  const resolution = ctx.resolution(target);
  return resolution.kind === "local" && resolution.symbol.scope.kind === "comprehension";
}
