// Which user functions carry a runtime signature (`defineFunction`), and what it
// says. The runtime needs a function's Python parameters only when a call cannot be
// bound at compile time: the function is used as a value (a Process target, a
// callback), or some call passes `*args`/`**kwargs` or arguments CPython rejects.
//
//   def task(name, times=1): ...   ->  export function task(name: any, times: any = 1) { ... }
//   apply_async(task, ...)             defineFunction(task, "task(name, times=)", [1]);

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import { signatureOfArguments, staticBindingProblem } from "./arguments.js";
import { isBuiltinExceptionName } from "./builtins.js";
import { initsOfClassValues, methodsBoundAtRunTime } from "./callArity.js";
import { f, type LowerContext } from "./context.js";

/** Functions (and methods) whose signature the runtime needs. */
export function findFunctionsNeedingSignatures(ctx: LowerContext): Set<ast.FunctionDef> {
  const needed = new Set<ast.FunctionDef>();
  const methodsByName = new Map<string, ast.FunctionDef[]>();
  walk(ctx.module, (node) => {
    if (node.kind === "ClassDef") {
      for (const stmt of node.body) if (stmt.kind === "FunctionDef") methodsByName.set(stmt.name.name, [...(methodsByName.get(stmt.name.name) ?? []), stmt]);
    }
  });
  const calleeOf = new Set<ast.Node>();
  walk(ctx.module, (node) => {
    if (node.kind !== "Call") return;
    calleeOf.add(node.func);
    const def = definitionCalled(ctx, node.func);
    if (def?.kind === "FunctionDef" && staticBindingProblem(node, signatureOfArguments(def.args))) needed.add(def);
    if (def?.kind === "ClassDef") {
      const init = initOf(def);
      if (init && staticBindingProblem(node, withoutSelf(init))) needed.add(init);
    }
    // `obj.m(1, 2)` that some method `m` of this module rejects is bound at run time (callArity.ts).
    for (const m of methodsBoundAtRunTime(ctx, node)) needed.add(m);
    // `obj.m(k=v)` on a receiver of unknown type is bound at run time by method name.
    if (node.func.kind === "Attribute" && node.keywords.length > 0) for (const m of methodsByName.get(node.func.attr.name) ?? []) needed.add(m);
  });
  walk(ctx.module, (node) => {
    // A def whose name is bound more than once is called through the variable, bound at run time.
    if (node.kind === "FunctionDef") {
      const resolution = ctx.facts.bind.resolutions.get(node);
      if (resolution && resolution.kind !== "builtin" && resolution.kind !== "undefined" && resolution.symbol.bindings.length > 1) needed.add(node);
    }
    if (node.kind === "Name" && node.ctx === "Load" && !calleeOf.has(node)) {
      const def = definitionCalled(ctx, node);
      if (def?.kind === "FunctionDef") needed.add(def);
    }
    // A method used as a value (`callback=self.done`) may be called with keywords later.
    if (node.kind === "Attribute" && node.ctx === "Load" && !calleeOf.has(node)) for (const m of methodsByName.get(node.attr.name) ?? []) needed.add(m);
  });
  // A class used as a value (`pool.map(Box, xs)`, `make = Box`) is instantiated through its __init__'s signature.
  for (const init of initsOfClassValues(ctx)) needed.add(init);
  // Receiving one of the script's exceptions through a Queue or Pipe calls its class with its args, as unpickling does.
  for (const init of initsOfExceptionClasses(ctx)) needed.add(init);
  return needed;
}

/** The `__init__` of each class of the module that derives from an exception class. */
function initsOfExceptionClasses(ctx: LowerContext): ast.FunctionDef[] {
  const classes: ast.ClassDef[] = [];
  walk(ctx.module, (node) => {
    if (node.kind === "ClassDef") classes.push(node);
  });
  const exceptions = new Set<ast.ClassDef>();
  const derivesFromException = (base: ast.Expression): boolean => {
    if (base.kind !== "Name") return false;
    const resolution = ctx.resolution(base);
    if (resolution.kind === "builtin") return isBuiltinExceptionName(base.id);
    if (resolution.kind === "undefined" || resolution.symbol.bindings.length !== 1) return false;
    const only = resolution.symbol.bindings[0]!;
    return only.kind === "ClassDef" && exceptions.has(only);
  };
  // Until no class is added: a base may be defined after the classes deriving from it in the walk.
  for (let grew = true; grew; ) {
    grew = false;
    for (const cls of classes) {
      if (!exceptions.has(cls) && cls.bases.some(derivesFromException)) {
        exceptions.add(cls);
        grew = true;
      }
    }
  }
  return [...exceptions].flatMap((cls) => initOf(cls) ?? []);
}

function definitionCalled(ctx: LowerContext, func: ast.Expression): ast.FunctionDef | ast.ClassDef | null {
  if (func.kind !== "Name") return null;
  const resolution = ctx.facts.bind.resolutions.get(func);
  if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return null;
  const bindings = resolution.symbol.bindings;
  const only = bindings.length === 1 ? bindings[0]! : null;
  return only && (only.kind === "FunctionDef" || only.kind === "ClassDef") ? only : null;
}

export function initOf(cls: ast.ClassDef): ast.FunctionDef | null {
  return cls.body.find((s): s is ast.FunctionDef => s.kind === "FunctionDef" && s.name.name === "__init__") ?? null;
}

export function withoutSelf(init: ast.FunctionDef): ReturnType<typeof signatureOfArguments> {
  const signature = signatureOfArguments(init.args);
  return { ...signature, positional: signature.positional.slice(1), positionalOnly: Math.max(0, signature.positionalOnly - 1) };
}

/** `task(name, times=)`: the parameter list as Python writes it, defaults marked by `=`. */
export function signatureSpec(qualname: string, args: ast.Arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  positional.forEach((a, i) => {
    parts.push(i >= firstDefault ? `${a.arg}=` : a.arg);
    if (i === args.posonlyargs.length - 1) parts.push("/");
  });
  if (args.vararg) parts.push(`*${args.vararg.arg}`);
  else if (args.kwonlyargs.length > 0) parts.push("*");
  args.kwonlyargs.forEach((a, i) => parts.push(args.kwDefaults[i] ? `${a.arg}=` : a.arg));
  if (args.kwarg) parts.push(`**${args.kwarg.arg}`);
  return `${qualname}(${parts.join(", ")})`;
}

/** `defineFunction(target, "spec", [defaults], { kwDefaults })`. */
export function defineFunctionStatement(
  ctx: LowerContext,
  target: ts.Expression,
  spec: string,
  defaults: readonly ts.Expression[],
  kwDefaults: ReadonlyArray<readonly [string, ts.Expression]>,
  helper: "defineFunction" | "defineMethod" = "defineFunction",
  deferred = false,
): ts.Statement {
  return f.createExpressionStatement(ctx.callHelper(helper, signatureArguments(target, spec, defaults, kwDefaults, deferred)));
}

/** The arguments of defineFunction/withSignature: the function, its spec, its defaults. */
export function signatureArguments(
  target: ts.Expression,
  spec: string,
  defaults: readonly ts.Expression[],
  kwDefaults: ReadonlyArray<readonly [string, ts.Expression]>,
  deferred = false,
): ts.Expression[] {
  const args: ts.Expression[] = [target, f.createStringLiteral(spec)];
  if (defaults.length > 0 || kwDefaults.length > 0) {
    const list = f.createArrayLiteralExpression([...defaults], false);
    // Defaults the module body computes later are read when asked for: () => [...]
    args.push(deferred ? f.createArrowFunction(undefined, undefined, [], undefined, f.createToken(ts.SyntaxKind.EqualsGreaterThanToken), list) : list);
  }
  if (kwDefaults.length > 0) args.push(f.createObjectLiteralExpression(kwDefaults.map(([name, value]) => f.createPropertyAssignment(name, value)), false));
  return args;
}
