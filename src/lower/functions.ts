// Lowers `def` and `lambda`.
//
//   def add(a, b=1):            ->  export function add(a: any, b: any = 1) {
//   def push(x, to=[]):         ->  const push_to_default = PyList.of();
//                                   function push(x: any, to: any = push_to_default) {
//   def gen(n): yield n         ->  function* gen(n: any) { yield n; }
//   def f(*args):               ->  function f(...args: any[]) { args = PyTuple.fromIterable(args);
//   lambda x: x + 1             ->  (x: any) => add(x, 1)
//
// Python evaluates defaults once, when `def` runs; a default that is not an
// immutable literal is therefore computed once into a constant before the
// function (an immutable literal is the same value either way, so it stays inline).

import ts from "typescript";
import type { PySymbol, Scope } from "../analyze/index.js";
import type * as ast from "../parse/ast.js";
import { isImmutableLiteral } from "../analyze/moduleLambdas.js";
import { walk } from "../parse/forEachChild.js";
import { f, type FunctionFrame, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import { lowerBlock } from "./statements.js";
import { tempDeclarations } from "./temps.js";
import { defineFunctionStatement, signatureArguments, signatureSpec } from "./signatures.js";
import { typeNodeFor } from "./typeNodes.js";

export const anyType = (): ts.TypeNode => f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);

export interface FunctionParts {
  readonly parameters: ts.ParameterDeclaration[];
  /** Default values for the runtime signature: positional (right-aligned) and keyword-only. */
  readonly defaults: ts.Expression[];
  readonly kwDefaults: Array<readonly [string, ts.Expression]>;
  /** Statements that compute non-literal defaults, placed before the function. */
  readonly defaultStatements: ts.Statement[];
  readonly body: ts.Block;
  readonly isGenerator: boolean;
}

export interface FunctionOptions {
  /** Drop the first parameter and lower it as `this` (methods). */
  readonly isMethod: boolean;
  /** The first parameter is a class method's `cls`. */
  readonly isClassMethod?: boolean;
  /** Parameters from this index on are optional in TypeScript (overrides with more parameters than the base). */
  readonly optionalFrom?: number;
}

export function lowerFunctionDef(ctx: LowerContext, node: ast.FunctionDef, exported: boolean): ts.Statement[] {
  if (node.decoratorList.length > 0) {
    ctx.unsupported(node.decoratorList[0]!, "A decorator on a function", "decorators are not translated yet");
  }
  if (node.isAsync) ctx.unsupported(node, "`async def`", "asyncio programs are not translated");
  const parts = lowerFunctionParts(ctx, node, node.args, node.body, { isMethod: false });
  const name = ctx.declaredName(node);
  const arrow = usesEnclosingSelf(ctx, node);
  // An arrow's JavaScript name cannot tell a def from a lambda: it carries its qualname.
  // A module-level def is declared before the module body runs; defaults computed by
  // expressions are assigned when the body reaches the def (moduleDefaults).
  const deferred = exported && parts.defaultStatements.length > 0;
  if (deferred) deferDefaults(ctx, node, parts.defaultStatements);
  const signature = ctx.needsSignature(node) || arrow
    ? [defineFunctionStatement(ctx, f.createIdentifier(name), signatureSpec(ctx.qualname(node), node.args), parts.defaults, parts.kwDefaults, "defineFunction", deferred)]
    : [];
  if (arrow) {
    // A nested def that uses the method's `self` must see the method's `this`.
    if (parts.isGenerator) ctx.unsupported(node, "A nested generator function that uses self", "it is not translated yet");
    const arrow = f.createArrowFunction(undefined, undefined, parts.parameters, undefined, f.createToken(ts.SyntaxKind.EqualsGreaterThanToken), parts.body);
    return [...parts.defaultStatements, constStatement(name, arrow), ...signature];
  }
  const modifiers = exported ? [f.createModifier(ts.SyntaxKind.ExportKeyword)] : undefined;
  const asterisk = parts.isGenerator ? f.createToken(ts.SyntaxKind.AsteriskToken) : undefined;
  if (!exported && !declaresItself(ctx, node)) {
    // `def f` whose variable is declared elsewhere: it rebinds a name bound elsewhere
    // too (a second `def f`, `f = ...`), or it stands in a block (`if`, `try`) and is
    // used after it. The variable is declared once; each def assigns it where it stands.
    const expression = f.createFunctionExpression(undefined, asterisk, name, undefined, parts.parameters, generatorType(parts.isGenerator), parts.body);
    return [...parts.defaultStatements, f.createExpressionStatement(f.createAssignment(f.createIdentifier(name), expression)), ...signature];
  }
  const declaration = f.createFunctionDeclaration(modifiers, asterisk, name, undefined, parts.parameters, generatorType(parts.isGenerator), parts.body);
  return [...(deferred ? [] : parts.defaultStatements), declaration, ...signature];
}

/**
 * `def get(timeout=timeout):` at module level: the holder `get_timeout_default`
 * becomes a module-level variable (in the fork snapshot, so children see it), and
 * the module body assigns it where the def stands:
 *
 *   let get_timeout_default: any;          // module level
 *   export function get(timeout: any = get_timeout_default) { ... }
 *   function moduleBody(): void { timeout = 1; get_timeout_default = timeout; ... }
 */
function deferDefaults(ctx: LowerContext, node: ast.FunctionDef, holders: readonly ts.Statement[]): void {
  const assignments: ts.Statement[] = [];
  for (const holder of holders) {
    const declaration = (holder as ts.VariableStatement).declarationList.declarations[0]!;
    const name = (declaration.name as ts.Identifier).text;
    ctx.moduleHolders.push(name);
    assignments.push(f.createExpressionStatement(f.createAssignment(f.createIdentifier(name), declaration.initializer!)));
  }
  ctx.deferredDefaults.set(node, assignments);
}

export function lowerFunctionParts(
  ctx: LowerContext,
  node: ast.FunctionDef | ast.Lambda,
  args: ast.Arguments,
  body: readonly ast.Stmt[],
  options: FunctionOptions,
): FunctionParts {
  const scope = ctx.scopeOf(node);
  const defaultStatements: ts.Statement[] = [];
  const functionName = node.kind === "FunctionDef" ? node.name.name : "lambda";
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  const selfArg = options.isMethod ? positional[0] : undefined;
  const metadataDefaults: ts.Expression[] = [];
  const metadataKwDefaults: Array<readonly [string, ts.Expression]> = [];
  /** The initializer of a parameter; `record` receives a second copy for the runtime signature. */
  const defaultValue = (arg: ast.Arg, value: ast.Expression, record: (copy: ts.Expression) => void): ts.Expression => {
    const lowered = lowerExpression(ctx, value);
    if (isImmutableLiteral(value)) {
      record(lowerExpression(ctx, value));
      return lowered;
    }
    const holder = ctx.names.unique(`${functionName}_${arg.arg}_default`);
    defaultStatements.push(constStatement(holder, lowered));
    record(f.createIdentifier(holder));
    return f.createIdentifier(holder);
  };
  const parameters: ts.ParameterDeclaration[] = [];
  positional.forEach((arg, i) => {
    if (arg === selfArg) return;
    if (arg.py2Tuple) ctx.unsupported(arg, "A tuple parameter", "unpack the tuple in the function body");
    const initializer = i >= firstDefault ? defaultValue(arg, args.defaults[i - firstDefault]!, (c) => metadataDefaults.push(c)) : undefined;
    const index = parameters.length;
    const optional = initializer === undefined && options.optionalFrom !== undefined && index >= options.optionalFrom ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined;
    parameters.push(f.createParameterDeclaration(undefined, undefined, ctx.parameterName(arg), optional, parameterType(ctx, arg), initializer));
  });
  if (args.vararg) {
    parameters.push(f.createParameterDeclaration(undefined, f.createToken(ts.SyntaxKind.DotDotDotToken), ctx.parameterName(args.vararg), undefined, f.createArrayTypeNode(anyType())));
  }
  const takesKeywords = args.kwonlyargs.length > 0 || args.kwarg !== null;
  const keywords = takesKeywords ? ctx.names.unique("keywords") : null;
  if (keywords && !args.vararg) {
    parameters.push(f.createParameterDeclaration(undefined, undefined, keywords, undefined, anyType(), f.createObjectLiteralExpression()));
  }
  const kwDefaults = args.kwonlyargs.map((arg, i) =>
    args.kwDefaults[i] ? defaultValue(arg, args.kwDefaults[i]!, (c) => metadataKwDefaults.push([arg.arg, c])) : undefined,
  );

  if (selfArg) ctx.markSelf(selfArg, options.isClassMethod ?? false);
  const frame: FunctionFrame = { scope, isMethod: options.isMethod, loops: [], temps: [], handlers: [] };
  ctx.frames.push(frame);
  const statements: ts.Statement[] = [];
  if (args.vararg) {
    const name = f.createIdentifier(ctx.parameterName(args.vararg));
    // Keyword arguments arrive as a trailing plain object (docs/architecture.md §4).
    if (keywords) statements.push(constStatement(keywords, ctx.callHelper("takeKeywords", [name])));
    // Python's *args is a tuple.
    statements.push(f.createExpressionStatement(f.createAssignment(name, tupleFrom(ctx, name))));
  }
  if (keywords) statements.push(...keywordBindings(ctx, args, keywords, kwDefaults));
  statements.push(...lowerBlock(ctx, body));
  ctx.frames.pop();
  const prologue = [...hoistedDeclarations(ctx, scope), ...tempDeclarations(frame.temps)];
  return {
    parameters,
    defaults: metadataDefaults,
    kwDefaults: metadataKwDefaults,
    defaultStatements,
    body: f.createBlock([...prologue, ...statements], true),
    isGenerator: scope.isGenerator,
  };
}

// def f(*, c, d=4, **kw)  ->  const { c, d = 4, ...others } = keywords; const kw = keywordsDict(others);
function keywordBindings(ctx: LowerContext, args: ast.Arguments, keywords: string, defaults: (ts.Expression | undefined)[]): ts.Statement[] {
  const out: ts.Statement[] = [];
  const source = f.createIdentifier(keywords);
  let rest: ts.Expression = source;
  if (args.kwonlyargs.length > 0) {
    const elements = args.kwonlyargs.map((arg, i) => f.createBindingElement(undefined, undefined, ctx.parameterName(arg), defaults[i]));
    const others = args.kwarg ? ctx.names.unique("others") : null;
    if (others) elements.push(f.createBindingElement(f.createToken(ts.SyntaxKind.DotDotDotToken), undefined, others));
    const reassigned = args.kwonlyargs.some((arg) => isReassigned(ctx, arg));
    out.push(
      f.createVariableStatement(
        undefined,
        f.createVariableDeclarationList([f.createVariableDeclaration(f.createObjectBindingPattern(elements), undefined, undefined, source)], reassigned ? ts.NodeFlags.Let : ts.NodeFlags.Const),
      ),
    );
    if (others) rest = f.createIdentifier(others);
  }
  if (args.kwarg) {
    const flags = isReassigned(ctx, args.kwarg) ? ts.NodeFlags.Let : ts.NodeFlags.Const;
    const declaration = f.createVariableDeclaration(ctx.parameterName(args.kwarg), undefined, undefined, ctx.callHelper("keywordsDict", [rest]));
    out.push(f.createVariableStatement(undefined, f.createVariableDeclarationList([declaration], flags)));
  }
  return out;
}

function isReassigned(ctx: LowerContext, arg: ast.Arg): boolean {
  const resolution = ctx.facts.bind.resolutions.get(arg);
  return resolution !== undefined && (resolution.kind === "local" || resolution.kind === "enclosing") && resolution.symbol.bindings.length > 1;
}

function tupleFrom(ctx: LowerContext, items: ts.Expression): ts.Expression {
  return f.createCallExpression(f.createPropertyAccessExpression(ctx.helper("PyTuple"), "fromIterable"), undefined, [items]);
}

function usesEnclosingSelf(ctx: LowerContext, node: ast.FunctionDef): boolean {
  let found = false;
  walk(node, (child) => {
    if (child.kind === "Name" && !found) {
      const resolution = ctx.facts.bind.resolutions.get(child);
      if (resolution?.kind === "enclosing" && ctx.isSelf(resolution.symbol)) found = true;
    }
    return !found;
  });
  return found;
}

/** A parameter's annotation: what inference knows from every call (`n: int`), else any. */
function parameterType(ctx: LowerContext, arg: ast.Arg): ts.TypeNode {
  const resolution = ctx.facts.bind.resolutions.get(arg);
  if (!resolution || (resolution.kind !== "local" && resolution.kind !== "enclosing")) return anyType();
  return typeNodeFor(ctx, ctx.facts.types.typeOfSymbol(resolution.symbol));
}

/** `let x: any, y: any;` for variables that must live for the whole function (declarations.ts). */
export function hoistedDeclarations(ctx: LowerContext, scope: Scope): ts.Statement[] {
  const symbols = ctx.facts.declarations.hoisted.get(scope) ?? [];
  if (symbols.length === 0) return [];
  // Declared without a value: `any`, which TypeScript's definite-assignment check accepts
  // (Python would raise NameError where TypeScript sees a possibly unassigned variable).
  const decls = symbols.map((s) => f.createVariableDeclaration(ctx.symbolName(s), undefined, anyType(), unboundInitializer(ctx, s)));
  return [f.createVariableStatement(undefined, f.createVariableDeclarationList(decls, ts.NodeFlags.Let))];
}

/** Variables that may be read unbound start as `unbound` (runtime/builtins/unbound.ts). */
export function unboundInitializer(ctx: LowerContext, symbol: PySymbol): ts.Expression | undefined {
  return ctx.facts.declarations.maybeUnbound.has(symbol) ? ctx.helper("unbound") : undefined;
}

/** Generators are typed `Generator<any, any, any>`: Python sends and yields any value. */
export function generatorType(isGenerator: boolean): ts.TypeNode | undefined {
  if (!isGenerator) return undefined;
  return f.createTypeReferenceNode("Generator", [anyType(), anyType(), anyType()]);
}

export function constStatement(name: string, value: ts.Expression): ts.Statement {
  return f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, value)], ts.NodeFlags.Const),
  );
}

// lambda x, y=1: x + y  ->  (x: any, y: any = 1) => add(x, y)
export function lowerLambda(ctx: LowerContext, node: ast.Lambda): ts.Expression {
  const returnStmt: ast.Return = { kind: "Return", span: node.body.span, value: node.body };
  const parts = lowerFunctionParts(ctx, node, node.args, [returnStmt], { isMethod: false });
  // A lambda body is one expression: `(x) => expr` unless temporaries were needed.
  const only = parts.body.statements.length === 1 ? parts.body.statements[0]! : null;
  const body = only && ts.isReturnStatement(only) && only.expression ? only.expression : parts.body;
  const concise = ts.isObjectLiteralExpression(body as ts.Node) ? f.createParenthesizedExpression(body as ts.Expression) : body;
  const plainArrow = f.createArrowFunction(undefined, undefined, parts.parameters, undefined, f.createToken(ts.SyntaxKind.EqualsGreaterThanToken), concise);
  // Its Python signature, so that a call with the wrong arguments (sq(1, 2), a
  // zero-parameter lambda given to map()) raises CPython's TypeError.
  const arrow = ctx.callHelper("withSignature", signatureArguments(plainArrow, signatureSpec(ctx.qualname(node), node.args), parts.defaults, parts.kwDefaults));
  if (parts.defaultStatements.length === 0) return arrow;
  // Defaults are evaluated when the lambda is created (`lambda x, n=n: ...` in a loop
  // captures each n): ((lambda_n_default) => (x, n = lambda_n_default) => ...)(n)
  const holders = parts.defaultStatements.map((stmt) => (stmt as ts.VariableStatement).declarationList.declarations[0]!);
  const outer = f.createArrowFunction(
    undefined,
    undefined,
    holders.map((h) => f.createParameterDeclaration(undefined, undefined, h.name as ts.Identifier, undefined, anyType())),
    undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    arrow,
  );
  return f.createCallExpression(f.createParenthesizedExpression(outer), undefined, holders.map((h) => h.initializer!));
}

/** True when the def's name is also bound by other statements, so it is declared as a variable. */
/** True when a nested `def`/`class` is the declaration of its variable (else it assigns a variable declared elsewhere). */
export function declaresItself(ctx: LowerContext, node: ast.FunctionDef | ast.ClassDef): boolean {
  const resolution = ctx.facts.bind.resolutions.get(node);
  if (!resolution || (resolution.kind !== "local" && resolution.kind !== "global" && resolution.kind !== "enclosing")) return true;
  return ctx.placement(resolution.symbol).kind === "ownDeclaration";
}
