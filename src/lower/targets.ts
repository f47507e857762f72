// Lowers assignment, augmented assignment and `del`.
//
//   x = f()              ->  const x = f();        (or `x = f();` when declared elsewhere)
//   a, b = b, a          ->  [a, b] = [b, a];
//   a, b = pair          ->  const [a, b] = unpack(pair, 2);
//   first, *rest = xs    ->  const [first, rest] = unpackStarred(xs, 1, 0);
//   self.n = 0           ->  this.n = 0;
//   xs[i] = v            ->  setitem(xs, i, v);
//   a = b = []           ->  a = PyList.of(); b = a;
//   total += x           ->  total = iadd(total, x);
//   xs[f()] += 1         ->  setitem(xs, (_t = f()), iadd(getitem(xs, _t), 1));
//   del d[k]             ->  delitem(d, k);

import ts from "typescript";
import type { PySymbol } from "../analyze/index.js";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { checkedRead, dictMethodCall, isDictIndex, isListIndex, lowerExpression, lowerIndex, lowerName } from "./expressions.js";
import { binaryHelperName, intOperation } from "./operators.js";
import { withTemp } from "./temps.js";
import { typeNodeFor } from "./typeNodes.js";
import { isRawFloat, lowerRawFloat } from "./floats.js";
import { lowerPlainAugAssign } from "./fastLoops.js";
import { importTimeLambda } from "./moduleLambdas.js";
import { isReadOnlyProperty, needsDynamicAttribute, storeNeedsSetattr } from "./dynamicAttributes.js";

/**
 * `[a, b]` as a declaration's binding pattern. A name repeated in the target
 * (`for k, _, _ in rows`, `a, a = 1, 2`) binds once, at its last position, as
 * Python's left-to-right assignment ends; its earlier positions are holes
 * (`[k, , _]`): JavaScript rejects a name declared twice.
 */
export function arrayBindingPattern(names: readonly string[]): ts.ArrayBindingPattern {
  return f.createArrayBindingPattern(
    names.map((name, i) => (names.indexOf(name, i + 1) >= 0 ? f.createOmittedExpression() : f.createBindingElement(undefined, undefined, name))),
  );
}

export function lowerAssign(ctx: LowerContext, stmt: ast.Assign): ts.Statement[] {
  if (stmt.targets.length === 1 && rawFloatTarget(ctx, stmt.targets[0]!)) return lowerSingleAssign(ctx, stmt, stmt.targets[0]!, lowerRawFloat(ctx, stmt.value));
  const moduleLambda = ctx.facts.declarations.importTimeLambdas.get(stmt);
  if (moduleLambda) return lowerSingleAssign(ctx, stmt, moduleLambda.target, importTimeLambda(ctx, moduleLambda));
  if (stmt.targets.length === 1) return lowerSingleAssign(ctx, stmt, stmt.targets[0]!, lowerAssignedValue(ctx, stmt.targets[0]!, stmt.value));
  // a = b = value: assign the first target, then copy it to the others (left to right, as Python does).
  const [first, ...rest] = stmt.targets;
  const out = lowerSingleAssign(ctx, stmt, first!, lowerExpression(ctx, stmt.value));
  const source = first!.kind === "Name" ? lowerName(ctx, first!) : null;
  if (!source) {
    ctx.unsupported(stmt, "A chained assignment whose first target is not a plain name", "assign it in separate statements");
    return out;
  }
  for (const target of rest) out.push(...lowerSingleAssign(ctx, stmt, target, source));
  return out;
}

/** A tuple display assigned to a same-sized tuple target needs no unpacking helper. */
function lowerAssignedValue(ctx: LowerContext, target: ast.Expression, value: ast.Expression): ts.Expression {
  if (isSequenceTarget(target) && (value.kind === "Tuple" || value.kind === "List") && value.elts.length === target.elts.length && !value.elts.some((e) => e.kind === "Starred") && !target.elts.some((e) => e.kind === "Starred")) {
    return f.createArrayLiteralExpression(value.elts.map((e) => lowerExpression(ctx, e)));
  }
  return lowerExpression(ctx, value);
}

function lowerSingleAssign(ctx: LowerContext, stmt: ast.Assign | ast.AnnAssign, target: ast.Expression, value: ts.Expression): ts.Statement[] {
  const declaration = declarationAt(ctx, stmt, target);
  if (declaration) return [declaration(value)];
  return assignTo(ctx, target, value);
}

/**
 * When this statement declares the target's variable(s) (placement `atAssignment`),
 * returns a builder for `const x = value` / `const [a, b] = value`.
 */
function declarationAt(ctx: LowerContext, stmt: ast.Assign | ast.AnnAssign, target: ast.Expression): ((value: ts.Expression) => ts.Statement) | null {
  // `first, *rest = xs` declares both names (the starred one receives a list).
  const names = isSequenceTarget(target) ? target.elts.map((e) => (e.kind === "Starred" ? e.value : e)) : [target];
  if (names.length === 0) return null;
  const symbols: PySymbol[] = [];
  let constant = true;
  for (const name of names) {
    if (name.kind !== "Name") return null;
    const resolution = ctx.resolution(name);
    if (resolution.kind !== "local" && resolution.kind !== "global") return null;
    const placement = ctx.placement(resolution.symbol);
    if (placement.kind !== "atAssignment" || placement.stmt !== stmt) return null;
    if (!placement.constant) constant = false;
    symbols.push(resolution.symbol);
  }
  const flags = constant ? ts.NodeFlags.Const : ts.NodeFlags.Let;
  if (!isSequenceTarget(target)) {
    const symbol = symbols[0]!;
    const name = ctx.symbolName(symbol);
    return (value) => variableStatement(f.createVariableDeclaration(name, undefined, declaredType(ctx, symbol, value, constant), value), flags);
  }
  const pattern = arrayBindingPattern(symbols.map((s) => ctx.symbolName(s)));
  // `let [a, b]: int[]`: reassigned names need their Python type, not the first values' literal types.
  const kinds = new Set(symbols.map((s) => ctx.facts.types.typeOfSymbol(s).kind));
  const elementType = kinds.size === 1 && !ctx.facts.declarations.maybeUnbound.has(symbols[0]!) ? typeNodeFor(ctx, ctx.facts.types.typeOfSymbol(symbols[0]!)) : f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
  const type = constant ? undefined : f.createArrayTypeNode(elementType);
  return (value) => variableStatement(f.createVariableDeclaration(pattern, undefined, type, unpacked(ctx, target, value)), flags);
}

/**
 * The annotation of a declared variable. `let x = 1` would type x as `number` and
 * `const x = 1` as the literal `1`, narrower than the Python variable, so both get
 * the inferred Python type (typeNodes.ts); a constant computed by a call needs none.
 */
function declaredType(ctx: LowerContext, symbol: PySymbol, value: ts.Expression, constant: boolean): ts.TypeNode | undefined {
  if (ctx.facts.declarations.maybeUnbound.has(symbol)) return f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
  if (isRawFloat(ctx, symbol)) return f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
  const isLiteral = ts.isLiteralExpression(value) || ts.isPrefixUnaryExpression(value) || value.kind === ts.SyntaxKind.TrueKeyword || value.kind === ts.SyntaxKind.FalseKeyword;
  if (constant && !isLiteral) return undefined;
  return typeNodeFor(ctx, ctx.facts.types.typeOfSymbol(symbol));
}

function variableStatement(declaration: ts.VariableDeclaration, flags: ts.NodeFlags): ts.Statement {
  return f.createVariableStatement(undefined, f.createVariableDeclarationList([declaration], flags));
}

function isSequenceTarget(node: ast.Expression): node is ast.Tuple | ast.List {
  return node.kind === "Tuple" || node.kind === "List";
}

/** `value` checked to have exactly the target's length (`unpack`), unless it is a same-sized display. */
function unpacked(ctx: LowerContext, target: ast.Tuple | ast.List, value: ts.Expression): ts.Expression {
  if (ts.isArrayLiteralExpression(value) && value.elements.length === target.elts.length) return value;
  const starIndex = target.elts.findIndex((e) => e.kind === "Starred");
  if (starIndex < 0) return ctx.callHelper("unpack", [value, f.createNumericLiteral(target.elts.length)]);
  const after = target.elts.length - starIndex - 1;
  return ctx.callHelper("unpackStarred", [value, f.createNumericLiteral(starIndex), f.createNumericLiteral(after)]);
}

/** `target = value` for an existing variable, attribute, subscript or sequence target. */
export function assignTo(ctx: LowerContext, target: ast.Expression, value: ts.Expression): ts.Statement[] {
  switch (target.kind) {
    case "Name":
      return [f.createExpressionStatement(f.createAssignment(lowerName(ctx, target), value))];
    case "Attribute": {
      const object = lowerExpression(ctx, target.value);
      const type = ctx.typeOf(target.value);
      const readOnly = type.kind === "instance" && isReadOnlyProperty(ctx, type.def, target.attr.name);
      if (readOnly || needsDynamicAttribute(ctx, target.value, target.attr.name) || storeNeedsSetattr(ctx, target.value)) {
        return [f.createExpressionStatement(ctx.callHelper("setattr", [object, f.createStringLiteral(target.attr.name), value]))];
      }
      return [f.createExpressionStatement(f.createAssignment(f.createPropertyAccessExpression(object, target.attr.name), value))];
    }
    case "Subscript": {
      if (isDictIndex(ctx, target)) {
        return [f.createExpressionStatement(dictMethodCall(lowerExpression(ctx, target.value), "__setitem__", [lowerExpression(ctx, target.slice), value]))];
      }
      const helper = isListIndex(ctx, target, true) ? "listSetItem" : "setitem";
      return [f.createExpressionStatement(ctx.callHelper(helper, [lowerExpression(ctx, target.value), lowerIndex(ctx, target.slice), value]))];
    }
    case "Tuple":
    case "List":
      return assignSequence(ctx, target, value);
    case "Starred":
      ctx.unsupported(target, "A starred assignment target outside a tuple", "use `a, *b = ...`");
      return [];
    default:
      ctx.unsupported(target, "This assignment target", "CPython rejects it too");
      return [];
  }
}

/** `[a, this.b] = unpack(v, 2)`, or through temporaries when an element needs `setitem` or nests. */
function assignSequence(ctx: LowerContext, target: ast.Tuple | ast.List, value: ts.Expression): ts.Statement[] {
  const elements = target.elts.map((e) => (e.kind === "Starred" ? e.value : e));
  const direct = elements.every((e) => e.kind === "Name" || e.kind === "Attribute");
  const source = unpacked(ctx, target, value);
  if (direct) {
    const pattern = f.createArrayLiteralExpression(elements.map((e) => (e.kind === "Name" ? lowerName(ctx, e) : lowerExpression(ctx, e))));
    return [f.createExpressionStatement(f.createAssignment(pattern, source))];
  }
  const temps = elements.map(() => ctx.temp());
  // xs[i], xs[j] = xs[j], xs[i]: every value is read into a temp before any store, one by one.
  const out: ts.Statement[] =
    ts.isArrayLiteralExpression(source) && source.elements.length === temps.length && !source.elements.some(ts.isSpreadElement)
      ? source.elements.map((e, i) => f.createExpressionStatement(f.createAssignment(f.createIdentifier(temps[i]!), e)))
      : [f.createExpressionStatement(f.createAssignment(f.createArrayLiteralExpression(temps.map((t) => f.createIdentifier(t))), source))];
  elements.forEach((e, i) => out.push(...assignTo(ctx, e, f.createIdentifier(temps[i]!))));
  return out;
}

export function lowerAugAssign(ctx: LowerContext, stmt: ast.AugAssign): ts.Statement[] {
  const helper = `i${binaryHelperName(ctx, stmt.op)}`.replace(/_$/, "");
  const value = lowerExpression(ctx, stmt.value);
  const target = stmt.target;
  switch (target.kind) {
    case "Name": {
      if (rawFloatTarget(ctx, target)) return [lowerRawFloatAugAssign(ctx, stmt, target)];
      const ref = lowerName(ctx, target);
      const read = checkedRead(ctx, lowerName(ctx, target), ctx.resolution(target), target);
      // line += word on strs: JavaScript's += is Python's concatenation.
      if (stmt.op === "Add" && ctx.typeOf(target).kind === "str" && ctx.typeOf(stmt.value).kind === "str") {
        return [f.createExpressionStatement(f.createBinaryExpression(ref, ts.SyntaxKind.PlusEqualsToken, value))];
      }
      const plain = ctx.fastLoop && lowerPlainAugAssign(ctx, stmt, ref);
      if (plain) return [plain];
      // total += i on ints: total = intAdd(total, i) (an int has no in-place operation of its own).
      const intHelper = intOperation(ctx, stmt.op, target, stmt.value);
      return [f.createExpressionStatement(f.createAssignment(ref, ctx.callHelper(intHelper ?? helper, [read, value])))];
    }
    case "Attribute": {
      const object = lowerExpression(ctx, target.value);
      return [
        f.createExpressionStatement(
          withTemp(ctx, object, (obj) => {
            const access = f.createPropertyAccessExpression(obj, target.attr.name);
            return f.createAssignment(access, ctx.callHelper(helper, [access, value]));
          }),
        ),
      ];
    }
    case "Subscript": {
      const object = lowerExpression(ctx, target.value);
      const index = lowerIndex(ctx, target.slice);
      const dict = isDictIndex(ctx, target);
      const [read, write] = isListIndex(ctx, target, true) ? ["listItem", "listSetItem"] : ["getitem", "setitem"];
      const expr = withTemp(ctx, object, (obj) =>
        withTemp(ctx, index, (key) => {
          const updated = ctx.callHelper(helper, [dict ? dictMethodCall(obj, "__getitem__", [key]) : ctx.callHelper(read, [obj, key]), value]);
          return dict ? dictMethodCall(obj, "__setitem__", [key, updated]) : ctx.callHelper(write, [obj, key, updated]);
        }),
      );
      return [f.createExpressionStatement(expr)];
    }
    default:
      ctx.unsupported(target, "This augmented assignment target", "CPython rejects it too");
      return [];
  }
}

/**
 * `x += v` on a plain-number float local: JavaScript's own `+=`, `-=`, `*=`;
 * division through floatDiv (ZeroDivisionError); anything else through the Python
 * operator on the boxed value.
 */
function lowerRawFloatAugAssign(ctx: LowerContext, stmt: ast.AugAssign, target: ast.Name): ts.Statement {
  const name = f.createIdentifier(ctx.symbolName((ctx.resolution(target) as { symbol: PySymbol }).symbol));
  const tokens: Partial<Record<ast.BinaryOperator, ts.CompoundAssignmentOperator>> = {
    Add: ts.SyntaxKind.PlusEqualsToken,
    Sub: ts.SyntaxKind.MinusEqualsToken,
    Mult: ts.SyntaxKind.AsteriskEqualsToken,
  };
  const token = tokens[stmt.op];
  const numeric = ["float", "int"].includes(ctx.typeOf(stmt.value).kind);
  if (token !== undefined && numeric) return f.createExpressionStatement(f.createBinaryExpression(name, token, lowerRawFloat(ctx, stmt.value)));
  if (stmt.op === "Div" && numeric) return f.createExpressionStatement(f.createAssignment(name, ctx.callHelper("floatDiv", [name, lowerRawFloat(ctx, stmt.value)])));
  const helper = `i${binaryHelperName(ctx, stmt.op)}`.replace(/_$/, "");
  const boxed = ctx.callHelper("toFloat", [name]);
  return f.createExpressionStatement(f.createAssignment(name, ctx.callHelper("floatValue", [ctx.callHelper(helper, [boxed, lowerExpression(ctx, stmt.value)])])));
}

function rawFloatTarget(ctx: LowerContext, target: ast.Expression): target is ast.Name {
  if (target.kind !== "Name") return false;
  const resolution = ctx.resolution(target);
  return resolution.kind === "local" && isRawFloat(ctx, resolution.symbol);
}

export function lowerAnnAssign(ctx: LowerContext, stmt: ast.AnnAssign): ts.Statement[] {
  if (!stmt.value) return [];
  if (rawFloatTarget(ctx, stmt.target)) return lowerSingleAssign(ctx, stmt, stmt.target, lowerRawFloat(ctx, stmt.value));
  return lowerSingleAssign(ctx, stmt, stmt.target, lowerExpression(ctx, stmt.value));
}

export function lowerDelete(ctx: LowerContext, stmt: ast.Delete): ts.Statement[] {
  const out: ts.Statement[] = [];
  for (const target of stmt.targets) {
    if (target.kind === "Subscript") {
      out.push(f.createExpressionStatement(ctx.callHelper("delitem", [lowerExpression(ctx, target.value), lowerIndex(ctx, target.slice)])));
    } else if (target.kind === "Attribute") {
      out.push(f.createExpressionStatement(ctx.callHelper("delattr", [lowerExpression(ctx, target.value), f.createStringLiteral(target.attr.name)])));
    } else if (target.kind === "Tuple" || target.kind === "List") {
      out.push(...lowerDelete(ctx, { ...stmt, targets: target.elts }));
    } else if (target.kind === "Name") {
      // del x -> x = unbound; a later read raises NameError/UnboundLocalError (unbound.ts).
      out.push(...assignTo(ctx, target, ctx.helper("unbound")));
    } else {
      ctx.unsupported(target, "This del target", "CPython rejects it too");
    }
  }
  return out;
}
