// Lowers loops.
//
//   for x in xs:                  ->  for (const x of iterate(xs)) {
//   for i in range(5):            ->  for (let i = 0; i < 5; i++) {        (int literal bounds, i not reassigned)
//   for k, v in d.items():        ->  for (const [k, v] of iterate(d.items())) {
//   while True:                   ->  while (true) {
//
// `else` on a loop runs when the loop ends without `break`. A labeled block gives
// exactly that: `break` leaves the block and skips the else part.
//
//   for x in xs:                  ->  loop: {
//       if x: break                       for (const x of iterate(xs)) { if (truthy(x)) break loop; }
//   else:                                 print("none");
//       print("none")                 }

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { f, type LoopFrame, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { lowerCondition } from "./operators.js";
import { lowerBlock } from "./statements.js";
import { arrayBindingPattern, assignTo } from "./targets.js";
import { walk } from "../parse/forEachChild.js";
import { elementType, SymbolFlags } from "../analyze/index.js";
import { planFastLoop, type FastLoopPlan } from "./fastLoopPlan.js";
import { fastLoopGuard, withSums } from "./fastLoops.js";

export function lowerWhile(ctx: LowerContext, stmt: ast.While): ts.Statement[] {
  return withLoopFrame(ctx, needsElseLabel(stmt), (lowerBody) => [f.createWhileStatement(lowerCondition(ctx, stmt.test), lowerBody())], stmt.body, stmt.orelse);
}

export function lowerFor(ctx: LowerContext, stmt: ast.For): ts.Statement[] {
  if (stmt.isAsync) {
    ctx.unsupported(stmt, "`async for`", "asyncio programs are not translated");
    return [];
  }
  const shape = countedRangeShape(ctx, stmt);
  const plan = shape && !ctx.versioning ? planFastLoop(ctx, stmt, shape, (inner) => countedRangeShape(ctx, inner)) : null;
  if (plan) return versionedLoop(ctx, stmt, plan);
  const counted = shape && countedRange(ctx, stmt);
  return withLoopFrame(
    ctx,
    needsElseLabel(stmt),
    (lowerBody) => {
      if (counted) return [countingLoop(ctx, stmt, counted, lowerBody())];
      const iterable = iterableOf(ctx, stmt.iter);
      const declared = declaresTarget(ctx, stmt);
      if (declared) return [f.createForOfStatement(undefined, declared, unpackedItems(ctx, stmt.target, stmt.iter, iterable), lowerBody())];
      return [assignEachIteration(ctx, stmt.target, iterable, lowerBody())];
    },
    stmt.body,
    stmt.orelse,
  );
}

/**
 * A counting loop with a plain-number copy (fastLoops.ts): the stop is evaluated once,
 * the guard picks the copy, and both copies share the loop's frame (`break` label).
 */
function versionedLoop(ctx: LowerContext, stmt: ast.For, plan: FastLoopPlan): ts.Statement[] {
  const before: ts.Statement[] = [];
  let counted = countedRange(ctx, stmt)!;
  const guarded = plan.stopBound !== null || plan.entryGuards.length > 0;
  // The guard reads the stop: evaluated once into a constant unless it is a plain local.
  if (counted.hoistedStop || (plan.stopBound !== null && !ts.isIdentifier(counted.stop))) {
    const end = ctx.names.unique("end");
    before.push(f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(end, undefined, undefined, counted.stop)], ts.NodeFlags.Const)));
    counted = { ...counted, stop: f.createIdentifier(end), hoistedStop: false };
  }
  const stop = counted.stop;
  ctx.versioning = true;
  try {
    return withLoopFrame(
      ctx,
      needsElseLabel(stmt),
      (lowerBody) => {
        ctx.fastLoop = plan;
        const fast = withSums(ctx, plan, () => countingLoop(ctx, stmt, counted, lowerBody()));
        ctx.fastLoop = null;
        // Bounds known at compile time need no guard: the plain copy is the loop.
        if (!guarded) return [...before, ...fast];
        const exact = countingLoop(ctx, stmt, { ...counted, stop: ts.isIdentifier(stop) ? f.createIdentifier(stop.text) : stop }, lowerBody());
        const guard = fastLoopGuard(ctx, plan, plan.stopBound !== null ? f.createIdentifier((stop as ts.Identifier).text) : null);
        return [...before, f.createIfStatement(guard, f.createBlock(fast, true), f.createBlock([exact], true))];
      },
      stmt.body,
      stmt.orelse,
    );
  } finally {
    ctx.fastLoop = null;
    ctx.versioning = false;
  }
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

/** `build` gets the lowering of the body, to call once per copy of the loop it makes. */
function withLoopFrame(
  ctx: LowerContext,
  hasElse: boolean,
  build: (lowerBody: () => ts.Block) => ts.Statement[],
  body: readonly ast.Stmt[],
  orelse: readonly ast.Stmt[],
): ts.Statement[] {
  const frame: LoopFrame = { breakLabel: hasElse ? ctx.names.unique("loop") : null };
  ctx.frame.loops.push(frame);
  const loop = build(() => f.createBlock(lowerBlock(ctx, body), true));
  ctx.frame.loops.pop();
  if (!frame.breakLabel) return [...loop, ...lowerBlock(ctx, orelse)];
  const block = f.createBlock([...loop, ...lowerBlock(ctx, orelse)], true);
  return [f.createLabeledStatement(frame.breakLabel, block)];
}

export function lowerBreak(ctx: LowerContext): ts.Statement {
  const loop = ctx.frame.loops[ctx.frame.loops.length - 1];
  return f.createBreakStatement(loop?.breakLabel ?? undefined);
}

export function lowerContinue(_ctx: LowerContext): ts.Statement {
  return f.createContinueStatement();
}

/** Iterating a value known to be iterable needs no `iterate()` check (which gives CPython's TypeError). */
function iterableOf(ctx: LowerContext, node: ast.Expression): ts.Expression {
  const value = lowerExpression(ctx, node);
  const closing = closingIterable(ctx, node, value);
  if (closing) return closing;
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
  return knownIterable ? value : ctx.callHelper("iterate", [value]);
}

/** `iterate(xs)` for the iterable of a comprehension's `for` (or `iterClosing`, below). */
export function loopIterable(ctx: LowerContext, node: ast.Expression): ts.Expression {
  const value = lowerExpression(ctx, node);
  return closingIterable(ctx, node, value) ?? ctx.callHelper("iterate", [value]);
}

/**
 * `iterClosing(gen(), "gen")` when the loop holds the only reference to a generator
 * it makes, so that leaving the loop early closes it (runtime generatorClosing.ts).
 */
function closingIterable(ctx: LowerContext, node: ast.Expression, value: ts.Expression): ts.Expression | null {
  const fresh = freshGeneratorName(ctx, node);
  return fresh === null ? null : ctx.callHelper("iterClosing", [value, f.createStringLiteral(fresh)]);
}

/**
 * The name CPython's repr gives a generator that `node` certainly creates and
 * nothing else references: a generator expression, or a call of a generator
 * function (an undecorated def with `yield`, the only binding of its name).
 * CPython frees such a generator when the loop over it is left, which closes it.
 *
 * A generator reached any other way may be referenced elsewhere (`g = gen()`
 * then `for v in g:`, a function returning a stored generator, `enumerate(gen())`
 * holding it): CPython closes it only when its last reference goes, which the
 * compiler cannot know, so the loop leaves it suspended.
 */
function freshGeneratorName(ctx: LowerContext, node: ast.Expression): string | null {
  if (node.kind === "GeneratorExp") return "<genexpr>";
  if (node.kind !== "Call" || node.func.kind !== "Name") return null;
  const resolution = ctx.resolution(node.func);
  if (resolution.kind === "builtin" || resolution.kind === "undefined") return null;
  const bindings = resolution.symbol.bindings;
  const def = bindings.length === 1 ? bindings[0]! : null;
  if (def?.kind !== "FunctionDef" || def.decoratorList.length > 0 || !ctx.scopeOf(def).isGenerator) return null;
  // Python 3's generator repr shows the qualified name, 2.7's the plain name.
  return ctx.isPy2 ? def.name.name : ctx.qualname(def);
}

/**
 * The items of a loop whose target is destructured (`const [k, v]`): checked to
 * have exactly as many values as CPython requires, unless inference knows each
 * item is a tuple of that size.
 *
 *   for k, v in pairs:   ->  for (const [k, v] of unpackEach(iterate(pairs), 2))
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
      : arrayBindingPattern(identifiers);
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

/** A counting loop's bounds as the Python source gives them (before lowering). */
export interface RangeShape {
  readonly start: bigint;
  readonly step: bigint;
  /** A literal stop, or the stop expression (`checked`: not known to be an int, so range()'s check runs once). */
  readonly stop: { readonly kind: "literal"; readonly value: bigint } | { readonly kind: "expression"; readonly node: ast.Expression; readonly checked: boolean };
}

/**
 * `for i in range(a, b, step)` with int literal bounds and step, a loop-local `i`
 * the body never assigns: a counting loop (Python evaluates the bounds once, and
 * literals are evaluated once either way). Also `range(n)` / `range(1, n + 1)` with
 * an expression stop: a number loop variable (it starts below 2**52, so no loop runs
 * long enough to pass 2**53), the stop compared as it is (`i < n` holds for a bigint
 * n too), or checked once by rangeStop when its type is not known to be int.
 */
export function countedRangeShape(ctx: LowerContext, stmt: ast.For): RangeShape | null {
  const call = stmt.iter;
  if (call.kind !== "Call" || call.func.kind !== "Name" || call.keywords.length > 0) return null;
  if (!["range", "xrange"].includes(call.func.id) || ctx.resolution(call.func).kind !== "builtin") return null;
  if (stmt.target.kind !== "Name" || call.args.length < 1 || call.args.length > 3) return null;
  if (!isOwnLoopVariable(ctx, stmt)) return null;
  const ints = call.args.map(intLiteralValue);
  const stopIndex = call.args.length === 1 ? 0 : 1;
  const start = stopIndex === 0 ? 0n : ints[0];
  const step = call.args.length === 3 ? ints[2] : 1n;
  if (start === null || start === undefined || step === null || step === undefined) return null;
  if (step === 0n || step > 1000000n || -step > 1000000n) return null;
  const literalStop = ints[stopIndex];
  if (literalStop !== null && literalStop !== undefined) {
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    if (start > limit || -start > limit || literalStop > limit || -literalStop > limit) return null;
    return { start, step, stop: { kind: "literal", value: literalStop } };
  }
  const limit = 2n ** 52n;
  if (start > limit || -start > limit) return null;
  const stopNode = call.args[stopIndex]!;
  return { start, step, stop: { kind: "expression", node: stopNode, checked: ctx.typeOf(stopNode).kind !== "int" } };
}

function countedRange(ctx: LowerContext, stmt: ast.For): CountedRange | null {
  const shape = countedRangeShape(ctx, stmt);
  if (!shape) return null;
  const start = numberLiteral(shape.start);
  const step = Number(shape.step);
  if (shape.stop.kind === "literal") return { start, stop: numberLiteral(shape.stop.value), step, hoistedStop: false };
  const stopNode = shape.stop.node;
  if (shape.stop.checked) {
    const builtin = ((stmt.iter as ast.Call).func as ast.Name).id;
    const stop = ctx.callHelper("rangeStop", [lowerExpression(ctx, stopNode), f.createStringLiteral(builtin)]);
    return { start, stop, step, hoistedStop: true };
  }
  return { start, stop: lowerExpression(ctx, stopNode), step, hoistedStop: !isStableLocal(ctx, stopNode, stmt) };
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
