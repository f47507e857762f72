// Lowers loops.
//
//   for x in xs:                  ->  for (const x of iter(xs)) {
//   for i in range(5):            ->  for (let i = 0; i < 5; i++) {        (int literal bounds, i not reassigned)
//   for k, v in d.items():        ->  for (const [k, v] of iter(d.items())) {
//   while True:                   ->  while (true) {
//
// `else` on a loop runs when the loop ends without `break`. A labeled block gives
// exactly that: `break` leaves the block and skips the else part.
//
//   for x in xs:                  ->  loop: {
//       if x: break                       for (const x of iter(xs)) { if (truthy(x)) break loop; }
//   else:                                 print("none");
//       print("none")                 }

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LoopFrame, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { lowerCondition } from "./operators.js";
import { lowerBlock } from "./statements.js";
import { assignTo } from "./targets.js";
import { walk } from "../parse/forEachChild.js";
import { elementType, SymbolFlags } from "../analyze/index.js";

export function lowerWhile(ctx: LowerContext, stmt: ast.While): ts.Statement[] {
  return withLoopFrame(ctx, needsElseLabel(stmt), (body) => f.createWhileStatement(lowerCondition(ctx, stmt.test), body), stmt.body, stmt.orelse);
}

export function lowerFor(ctx: LowerContext, stmt: ast.For): ts.Statement[] {
  if (stmt.isAsync) {
    ctx.unsupported(stmt, "`async for`", "asyncio programs are not translated");
    return [];
  }
  const counted = countedRange(ctx, stmt);
  return withLoopFrame(
    ctx,
    needsElseLabel(stmt),
    (body) => {
      if (counted) return countingLoop(ctx, stmt, counted, body);
      const iterable = iterableOf(ctx, stmt.iter);
      const declared = declaresTarget(ctx, stmt);
      if (declared) return f.createForOfStatement(undefined, declared, unpackedItems(ctx, stmt.target, stmt.iter, iterable), body);
      return assignEachIteration(ctx, stmt.target, iterable, body);
    },
    stmt.body,
    stmt.orelse,
  );
}

/** An `else` after a loop that never breaks simply follows the loop; only `break` needs the label. */
function needsElseLabel(stmt: ast.For | ast.While): boolean {
  if (stmt.orelse.length === 0) return false;
  let breaks = false;
  const visit = (node: ast.Node): boolean => {
    if (node.kind === "Break") breaks = true;
    // A break inside a nested loop or function belongs to that one.
    return !breaks && node.kind !== "For" && node.kind !== "While" && node.kind !== "FunctionDef" && node.kind !== "ClassDef" && node.kind !== "Lambda";
  };
  for (const child of stmt.body) walk(child, visit);
  return breaks;
}

function withLoopFrame(
  ctx: LowerContext,
  hasElse: boolean,
  build: (body: ts.Block) => ts.Statement,
  body: readonly ast.Stmt[],
  orelse: readonly ast.Stmt[],
): ts.Statement[] {
  const frame: LoopFrame = { breakLabel: hasElse ? ctx.names.unique("loop") : null };
  ctx.frame.loops.push(frame);
  const loop = build(f.createBlock(lowerBlock(ctx, body), true));
  ctx.frame.loops.pop();
  if (!frame.breakLabel) return [loop, ...lowerBlock(ctx, orelse)];
  const block = f.createBlock([loop, ...lowerBlock(ctx, orelse)], true);
  return [f.createLabeledStatement(frame.breakLabel, block)];
}

export function lowerBreak(ctx: LowerContext): ts.Statement {
  const loop = ctx.frame.loops[ctx.frame.loops.length - 1];
  return f.createBreakStatement(loop?.breakLabel ?? undefined);
}

export function lowerContinue(_ctx: LowerContext): ts.Statement {
  return f.createContinueStatement();
}

/** Iterating a value known to be iterable needs no `iter()` check (which gives CPython's TypeError). */
function iterableOf(ctx: LowerContext, node: ast.Expression): ts.Expression {
  const value = lowerExpression(ctx, node);
  const knownIterable =
    ["list", "tuple", "dict", "set", "frozenset", "str", "range", "iterator"].includes(ctx.typeOf(node).kind) ||
    node.kind === "List" ||
    node.kind === "Tuple" ||
    node.kind === "Set" ||
    node.kind === "Dict" ||
    (node.kind === "Call" &&
      node.func.kind === "Name" &&
      ctx.resolution(node.func).kind === "builtin" &&
      ["range", "xrange", "enumerate", "zip", "reversed", "sorted", "map", "filter", "list", "tuple", "dict", "set"].includes(node.func.id));
  return knownIterable ? value : ctx.callHelper("iter", [value]);
}

/**
 * The items of a loop whose target is destructured (`const [k, v]`): checked to
 * have exactly as many values as CPython requires, unless inference knows each
 * item is a tuple of that size.
 *
 *   for k, v in pairs:   ->  for (const [k, v] of unpackEach(iter(pairs), 2))
 */
export function unpackedItems(ctx: LowerContext, target: ast.Expression, iterNode: ast.Expression, iterable: ts.Expression): ts.Expression {
  if (target.kind !== "Tuple" && target.kind !== "List") return iterable;
  const item = elementType(ctx.typeOf(iterNode));
  if (item.kind === "tuple" && item.elements?.length === target.elts.length) return iterable;
  return ctx.callHelper("unpackEach", [iterable, f.createNumericLiteral(target.elts.length)]);
}

/** `const x` / `const [k, v]` when the loop target is declared by the loop itself. */
function declaresTarget(ctx: LowerContext, stmt: ast.For): ts.VariableDeclarationList | null {
  const names = stmt.target.kind === "Name" ? [stmt.target] : stmt.target.kind === "Tuple" || stmt.target.kind === "List" ? stmt.target.elts : null;
  if (!names || names.length === 0 || names.some((n) => n.kind !== "Name")) return null;
  let constant = true;
  const identifiers: string[] = [];
  for (const name of names as ast.Name[]) {
    const resolution = ctx.resolution(name);
    if (resolution.kind !== "local" && resolution.kind !== "global") return null;
    const placement = ctx.placement(resolution.symbol);
    if (placement.kind !== "bindingSite" || !placement.nodes.has(stmt)) return null;
    if (!placement.constant) constant = false;
    identifiers.push(ctx.symbolName(resolution.symbol));
  }
  const flags = constant ? ts.NodeFlags.Const : ts.NodeFlags.Let;
  const binding =
    stmt.target.kind === "Name"
      ? identifiers[0]!
      : f.createArrayBindingPattern(identifiers.map((id) => f.createBindingElement(undefined, undefined, id)));
  return f.createVariableDeclarationList([f.createVariableDeclaration(binding)], flags);
}

/** `for (_item of xs) { [a, b.c] = unpack(_item, 2); ... }` for targets declared elsewhere. */
function assignEachIteration(ctx: LowerContext, target: ast.Expression, iterable: ts.Expression, body: ts.Block): ts.Statement {
  if (target.kind === "Name") {
    const name = lowerExpression(ctx, target);
    return f.createForOfStatement(undefined, name, iterable, body);
  }
  const item = ctx.names.unique("item");
  const assignments = assignTo(ctx, target, f.createIdentifier(item));
  const declaration = f.createVariableDeclarationList([f.createVariableDeclaration(item)], ts.NodeFlags.Const);
  return f.createForOfStatement(undefined, declaration, iterable, f.createBlock([...assignments, ...body.statements], true));
}

interface CountedRange {
  readonly start: ts.Expression;
  readonly stop: ts.Expression;
  readonly step: number;
  /** The stop evaluated once before the loop (`let i = 0, end = len(xs)`), when it is an expression. */
  readonly hoistedStop: boolean;
}

/**
 * `for i in range(a, b, step)` with int literal bounds and step, a loop-local `i`
 * the body never assigns: a counting loop (Python evaluates the bounds once, and
 * literals are evaluated once either way).
 */
function countedRange(ctx: LowerContext, stmt: ast.For): CountedRange | null {
  const call = stmt.iter;
  if (call.kind !== "Call" || call.func.kind !== "Name" || call.keywords.length > 0) return null;
  if (!["range", "xrange"].includes(call.func.id) || ctx.resolution(call.func).kind !== "builtin") return null;
  if (stmt.target.kind !== "Name" || call.args.length < 1 || call.args.length > 3) return null;
  const ints = call.args.map(intLiteralValue);
  // range(n) / range(1, n + 1): an int-typed stop (a number, or a bigint no loop reaches).
  const stopIndex = call.args.length === 1 ? 0 : 1;
  const stopNode = call.args[stopIndex]!;
  if (ints[stopIndex] === null && ints.every((v, i) => i === stopIndex || v !== null)) {
    // A stop of unknown type is checked once, as range() checks it (rangeStop).
    if (ctx.typeOf(stopNode).kind === "int") return typedStopRange(ctx, stmt, call, ints, stopIndex, false);
    return typedStopRange(ctx, stmt, call, ints, stopIndex, true);
  }
  if (ints.some((v) => v === null)) return null;
  const resolution = ctx.resolution(stmt.target);
  if (resolution.kind !== "local" && resolution.kind !== "global") return null;
  const placement = ctx.placement(resolution.symbol);
  if (placement.kind !== "bindingSite" || !placement.nodes.has(stmt) || !placement.constant) return null;
  if (assignsName(stmt.body, stmt.target.id)) return null;
  const [a, b, c] = ints as bigint[];
  const start = call.args.length === 1 ? 0n : a!;
  const stop = call.args.length === 1 ? a! : b!;
  const step = call.args.length === 3 ? c! : 1n;
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (step === 0n || start > limit || stop > limit || -start > limit || -stop > limit || step > 1000000n || -step > 1000000n) return null;
  return { start: numberLiteral(start), stop: numberLiteral(stop), step: Number(step), hoistedStop: false };
}

/**
 * A counting loop up to an int-typed stop (or any stop, checked once by rangeStop
 * as range() checks it; range bounds are safe integers): literal start and step, the loop
 * variable a number (it starts below 2**52, so no loop runs long enough to pass
 * 2**53), the stop compared as it is (`i < n` holds for a bigint n too). A stop
 * other than a local the loop body leaves alone is evaluated once, as range() does.
 */
function typedStopRange(ctx: LowerContext, stmt: ast.For, call: ast.Call, ints: ReadonlyArray<bigint | null>, stopIndex: number, checked: boolean): CountedRange | null {
  if (!isOwnLoopVariable(ctx, stmt)) return null;
  const start = stopIndex === 0 ? 0n : ints[0]!;
  const step = call.args.length === 3 ? ints[2]! : 1n;
  const limit = 2n ** 52n;
  if (step === 0n || start > limit || -start > limit || step > 1000000n || -step > 1000000n) return null;
  const stopNode = call.args[stopIndex]!;
  if (checked) {
    const builtin = (call.func as ast.Name).id;
    const stop = ctx.callHelper("rangeStop", [lowerExpression(ctx, stopNode), f.createStringLiteral(builtin)]);
    return { start: numberLiteral(start), stop, step: Number(step), hoistedStop: true };
  }
  const stop = lowerExpression(ctx, stopNode);
  return { start: numberLiteral(start), stop, step: Number(step), hoistedStop: !isStableLocal(ctx, stopNode, stmt) };
}

function isOwnLoopVariable(ctx: LowerContext, stmt: ast.For): boolean {
  const target = stmt.target as ast.Name;
  const resolution = ctx.resolution(target);
  if (resolution.kind !== "local" && resolution.kind !== "global") return false;
  const placement = ctx.placement(resolution.symbol);
  return placement.kind === "bindingSite" && placement.nodes.has(stmt) && placement.constant && !assignsName(stmt.body, target.id);
}

/** A function's own local (not a closure cell or global) that the loop body does not assign. */
function isStableLocal(ctx: LowerContext, node: ast.Expression, stmt: ast.For): boolean {
  if (node.kind !== "Name") return false;
  const resolution = ctx.resolution(node);
  if (resolution.kind !== "local" || resolution.symbol.has(SymbolFlags.Captured) || resolution.symbol.scope.kind === "module") return false;
  return !assignsName(stmt.body, node.id);
}

function countingLoop(ctx: LowerContext, stmt: ast.For, range: CountedRange, body: ts.Block): ts.Statement {
  const target = stmt.target as ast.Name;
  const resolution = ctx.resolution(target);
  const id = resolution.kind === "local" || resolution.kind === "global" ? ctx.symbolName(resolution.symbol) : target.id;
  const declarations = [f.createVariableDeclaration(id, undefined, undefined, range.start)];
  let stop = range.stop;
  if (range.hoistedStop) {
    const end = ctx.names.unique("end");
    declarations.push(f.createVariableDeclaration(end, undefined, undefined, range.stop));
    stop = f.createIdentifier(end);
  }
  const init = f.createVariableDeclarationList(declarations, ts.NodeFlags.Let);
  const cmp = range.step > 0 ? ts.SyntaxKind.LessThanToken : ts.SyntaxKind.GreaterThanToken;
  const condition = f.createBinaryExpression(f.createIdentifier(id), cmp, stop);
  const increment =
    range.step === 1
      ? f.createPostfixIncrement(f.createIdentifier(id))
      : range.step === -1
        ? f.createPostfixDecrement(f.createIdentifier(id))
        : f.createAssignment(f.createIdentifier(id), f.createBinaryExpression(f.createIdentifier(id), ts.SyntaxKind.PlusToken, numberLiteral(BigInt(range.step))));
  return f.createForStatement(init, condition, increment, body);
}

function intLiteralValue(node: ast.Expression): bigint | null {
  if (node.kind === "Constant" && node.value.type === "int") return node.value.value;
  if (node.kind === "UnaryOp" && node.op === "USub" && node.operand.kind === "Constant" && node.operand.value.type === "int") return -node.operand.value.value;
  return null;
}

function numberLiteral(value: bigint): ts.Expression {
  const literal = f.createNumericLiteral((value < 0n ? -value : value).toString());
  return value < 0n ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, literal) : literal;
}

function assignsName(body: readonly ast.Stmt[], name: string): boolean {
  let found = false;
  for (const stmt of body) {
    walk(stmt, (node) => {
      if (node.kind === "Name" && node.id === name && node.ctx !== "Load") found = true;
      // Nested functions cannot rebind the loop variable without nonlocal, which makes it captured.
      return !found && node.kind !== "FunctionDef" && node.kind !== "Lambda" && node.kind !== "ClassDef";
    });
  }
  return found;
}
