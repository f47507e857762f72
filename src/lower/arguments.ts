// Binds a call's positional and keyword arguments to a known Python signature at
// compile time (DESIGN.md §4), producing the runtime calling convention:
//
//   positional convention   f(1, c=3) with (a, b=2, c=3)   ->  f(1, undefined, 3)
//   keyword-only / **kwargs sorted(xs, key=len)            ->  sorted(xs, { key: len })
//   options convention      Process(target=f, args=(1,))   ->  new Process({ target: f, args: PyTuple.of(1) })
//
// A trailing plain object is unambiguous at run time: no Python value is a plain
// JavaScript object. A call that cannot be bound statically (`*args`/`**kw` at the
// call site, or a call CPython would reject) goes through the runtime's `callKw`,
// which binds like CPython and raises CPython's TypeError.

import ts from "typescript";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "../parse/ast.js";
import { f, type LowerContext } from "./context.js";
import { lowerExpression } from "./expressions.js";
import type { Param } from "./runtimeApi.js";

export type Convention = "positional" | "options";

/** Python parameter lists: positional params (the first `positionalOnly` of them before `/`), `*args`, keyword-only, `**kwargs`. */
export interface Signature {
  readonly positional: readonly Param[];
  readonly positionalOnly: number;
  readonly varargs: string | null;
  readonly keywordOnly: readonly Param[];
  readonly varkw: string | null;
}

export function signatureOf(params: readonly Param[]): Signature {
  const positional: Param[] = [];
  const keywordOnly: Param[] = [];
  let varargs: string | null = null;
  let varkw: string | null = null;
  for (const p of params) {
    if (p.rest === "args") varargs = p.name;
    else if (p.rest === "kwargs") varkw = p.name;
    else if (p.keywordOnly) keywordOnly.push(p);
    else positional.push(p);
  }
  return { positional, positionalOnly: 0, varargs, keywordOnly, varkw };
}

/** The Python signature of a `def` (or lambda) as written. */
export function signatureOfArguments(args: ast.Arguments): Signature {
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  return {
    positional: positional.map((a, i) => ({ name: a.arg, optional: i >= firstDefault })),
    positionalOnly: args.posonlyargs.length,
    varargs: args.vararg?.arg ?? null,
    keywordOnly: args.kwonlyargs.map((a, i) => ({ name: a.arg, optional: args.kwDefaults[i] !== null, keywordOnly: true })),
    varkw: args.kwarg?.arg ?? null,
  };
}

/** Why a call cannot be bound at compile time, or null when it can. */
export function staticBindingProblem(call: ast.Call, signature: Signature): string | null {
  const given = new Set<number>();
  let count = 0;
  for (const arg of call.args) {
    if (arg.kind === "Starred") return "`*args` at the call site";
    if (count >= signature.positional.length && signature.varargs === null) return `positional argument ${count + 1}`;
    if (count < signature.positional.length) given.add(count);
    count++;
  }
  const names = new Set<string>();
  for (const kw of call.keywords) {
    if (!kw.arg) return "`**mapping` at the call site";
    const name = kw.arg.name;
    if (names.has(name)) return `keyword argument repeated: ${name}`;
    names.add(name);
    const index = signature.positional.findIndex((p) => p.name === name);
    if (index >= 0 && index >= signature.positionalOnly) {
      if (given.has(index)) return `${name} (it was already given by position)`;
      given.add(index);
    } else if (!signature.keywordOnly.some((p) => p.name === name) && signature.varkw === null) {
      return name;
    }
  }
  const missing = signature.positional.find((p, i) => !p.optional && !given.has(i));
  if (missing) return `${missing.name} (a required argument is missing)`;
  const missingKw = signature.keywordOnly.find((p) => !p.optional && !names.has(p.name));
  if (missingKw) return `${missingKw.name} (a required keyword-only argument is missing)`;
  return null;
}

/**
 * The arguments of a statically bindable call in the runtime convention. Library
 * calls that cannot be bound are reported here; callers of user functions check
 * `staticBindingProblem` first and fall back to `callKw`.
 */
export function bindArguments(
  ctx: LowerContext,
  call: ast.Call,
  calleeName: string,
  signature: Signature,
  convention: Convention,
  keywordsAfterPositional = false,
): ts.Expression[] {
  const problem = staticBindingProblem(call, signature);
  if (problem) {
    // f(a, *rest, key=1) into a function with *args: the spread fills the varargs.
    const trailingSpread = problem === "`*args` at the call site" && isTrailingSpreadOnly(call) && signature.varargs !== null;
    if (!trailingSpread) {
      ctx.report(messages.unsupportedArgument, call, { callee: calleeName, argument: problem });
      return [];
    }
  }
  if (convention === "options") return call.args.length + call.keywords.length > 0 ? [optionsObject(ctx, call, signature)] : [];
  const slots: Array<ts.Expression | undefined> = [];
  const extra: ts.Expression[] = [];
  const keywords: ts.PropertyAssignment[] = [];
  for (const arg of call.args) {
    if (arg.kind === "Starred") extra.push(f.createSpreadElement(ctx.callHelper("iterate", [lowerExpression(ctx, arg.value)])));
    else if (slots.length < signature.positional.length) slots.push(lowerExpression(ctx, arg));
    else extra.push(lowerExpression(ctx, arg));
  }
  for (const kw of call.keywords) {
    const name = kw.arg!.name;
    const value = lowerExpression(ctx, kw.value);
    const index = signature.positional.findIndex((p) => p.name === name);
    if (index >= signature.positionalOnly && index >= 0) {
      while (slots.length <= index) slots.push(undefined);
      slots[index] = value;
    } else {
      keywords.push(f.createPropertyAssignment(propertyName(name), value));
    }
  }
  // A def of this module reads its keywords from an object after all its positional
  // parameters: `f(1, c=3)` for `def f(a, b=2, **kw)` is `f(1, undefined, { c: 3 })`.
  if (keywordsAfterPositional && keywords.length > 0) while (slots.length < signature.positional.length) slots.push(undefined);
  const args: ts.Expression[] = slots.map((v) => v ?? f.createIdentifier("undefined"));
  args.push(...extra);
  if (keywords.length > 0) args.push(f.createObjectLiteralExpression(keywords, false));
  return args;
}

/** `{ target: f, args: ... }` with properties in source order (positional arguments take their parameter's name). */
export function optionsObject(ctx: LowerContext, call: ast.Call, signature: Signature): ts.Expression {
  const props: ts.PropertyAssignment[] = [];
  call.args.forEach((arg, i) => props.push(f.createPropertyAssignment(propertyName(signature.positional[i]!.name), lowerExpression(ctx, arg))));
  for (const kw of call.keywords) props.push(f.createPropertyAssignment(propertyName(kw.arg!.name), lowerExpression(ctx, kw.value)));
  return f.createObjectLiteralExpression(props, false);
}

/**
 * `f(1, *xs, c=3)` into `def f(a, b=2, *args, c)`: the spread may or may not fill
 * `b`, so the keywords' place is known only at run time.
 */
export function spreadBeforeKeywords(call: ast.Call, signature: Signature): boolean {
  const positional = call.args.filter((a) => a.kind !== "Starred").length;
  return call.keywords.length > 0 && call.args.some((a) => a.kind === "Starred") && positional < signature.positional.length;
}

export function isTrailingSpreadOnly(call: ast.Call): boolean {
  const stars = call.args.filter((a) => a.kind === "Starred");
  return stars.length === 1 && call.args[call.args.length - 1]!.kind === "Starred" && call.keywords.every((k) => k.arg !== null);
}

/**
 * `callKw(f, [positional...], { keywords }, ...mappings)`: the runtime binds the
 * arguments like CPython (and raises its TypeError when they do not fit).
 */
export function lowerRuntimeBoundCall(ctx: LowerContext, call: ast.Call, target: ts.Expression, helper = "callKw", extraLeading: ts.Expression[] = []): ts.Expression {
  const positional = call.args.map((arg) =>
    arg.kind === "Starred" ? f.createSpreadElement(ctx.callHelper("iterate", [lowerExpression(ctx, arg.value)])) : lowerExpression(ctx, arg),
  );
  const keywords = call.keywords.filter((k) => k.arg).map((k) => f.createPropertyAssignment(propertyName(k.arg!.name), lowerExpression(ctx, k.value)));
  const mappings = call.keywords.filter((k) => !k.arg).map((k) => lowerExpression(ctx, k.value));
  const args: ts.Expression[] = [...extraLeading, target, f.createArrayLiteralExpression(positional, false)];
  if (keywords.length > 0 || mappings.length > 0) args.push(f.createObjectLiteralExpression(keywords, false));
  args.push(...mappings);
  return ctx.callHelper(helper, args);
}

function propertyName(name: string): string | ts.StringLiteral {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : f.createStringLiteral(name);
}
