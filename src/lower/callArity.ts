// Calls whose argument count no single known `def` lets the compiler check. A call
// of a def of this module is bound at compile time (calls.ts); a call through a
// value or a method call could reach any of several defs, and a plain JavaScript
// call would run one given too few arguments with `undefined` parameters and drop
// extra ones. Such a call goes through the runtime's binding (which raises
// CPython's TypeError) only when some def it could reach would reject it; a call
// that fits every candidate stays a plain call:
//
//   a.m(1, 2)   (def m(self, x))     ->  callMethodKw(a, "m", [1, 2])
//   g(1)        (g = f; def f(a, b)) ->  callKw(g, [1])
//   a.m(1)                           ->  a.m(1)

import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import { signatureOfArguments, staticBindingProblem, type Signature } from "./arguments.js";
import type { LowerContext } from "./context.js";
import { userBaseClass } from "./dynamicAttributes.js";
import { carriesSignature } from "./signatures.js";

/** A user method and how it binds when called through an instance and through its class. */
interface MethodShape {
  readonly def: ast.FunctionDef;
  readonly cls: ast.ClassDef;
  readonly throughInstance: Signature;
  readonly throughClass: Signature;
}

interface ModuleCallables {
  /** Methods (not properties) of every class of the module, by name. */
  readonly methods: ReadonlyMap<string, readonly MethodShape[]>;
  /** Signatures of what a call through a value may reach: defs, lambdas, bound methods and classes used as values. */
  readonly values: readonly Signature[];
}

/**
 * What a method call's receiver is known to be: a class named in the call
 * (`A.m(a)`), a class or instance of a class of this module held in a value, or a
 * value of unknown type (any class's method of that name may answer).
 */
export type MethodReceiver =
  | { readonly kind: "namedClass" | "class" | "instance"; readonly cls: ast.ClassDef }
  | { readonly kind: "unknown" };

const tables = new WeakMap<ast.Module, ModuleCallables>();

/**
 * `recv.name(args)`: true when the receiver may be an instance (or class) of this
 * module whose method `name` would not take these arguments. Calls with keywords
 * are bound elsewhere; `*args` at the call site counts as unknown.
 */
export function methodCallNeedsBinding(ctx: LowerContext, call: ast.Call, receiver: MethodReceiver): boolean {
  if (call.keywords.length > 0 || !(call.func.kind === "Attribute")) return false;
  const name = call.func.attr.name;
  const shapes = callablesOf(ctx).methods.get(name);
  if (shapes === undefined) return false;
  let candidates: readonly MethodShape[];
  if (receiver.kind === "unknown") candidates = shapes;
  else {
    // The def the class finds, and overrides a subclass's instance (or a subclass held in a variable) may find instead.
    const cls = receiver.cls;
    const resolved = resolvedMethod(ctx, cls, name);
    candidates = shapes.filter((s) => s.def === resolved || (receiver.kind !== "namedClass" && isSubclass(ctx, s.cls, cls)));
  }
  const throughClass = receiver.kind === "namedClass" || receiver.kind === "class";
  return candidates.some((s) => staticBindingProblem(call, throughClass ? s.throughClass : s.throughInstance) !== null);
}

/** `g(args)` where `g` is a value (a variable, a parameter): true when some callable used as a value would reject them. */
export function valueCallNeedsBinding(ctx: LowerContext, call: ast.Call): boolean {
  if (call.keywords.length > 0) return false;
  const callee = call.func;
  // (lambda a, b: ...)(1): its own signature, when it carries one.
  if (callee.kind === "Lambda") return carriesSignature(callee.args) && staticBindingProblem(call, signatureOfArguments(callee.args)) !== null;
  const type = ctx.typeOf(callee);
  const defs = type.kind === "function" ? [type.def] : callee.kind === "Name" ? defsBinding(ctx, callee) : null;
  const candidates = defs !== null ? defs.map((def) => signatureOfArguments(def.args)) : callablesOf(ctx).values;
  return candidates.some((s) => staticBindingProblem(call, s) !== null);
}

/**
 * Methods whose signature the runtime needs because some call of their name may be
 * routed to it (signatures.ts): any call `x.name(...)` that one of them rejects,
 * through an instance or through its class.
 */
export function methodsBoundAtRunTime(ctx: LowerContext, call: ast.Call): readonly ast.FunctionDef[] {
  if (call.keywords.length > 0 || call.func.kind !== "Attribute") return [];
  const shapes = callablesOf(ctx).methods.get(call.func.attr.name) ?? [];
  const rejected = shapes.some((s) => staticBindingProblem(call, s.throughInstance) !== null || staticBindingProblem(call, s.throughClass) !== null);
  return rejected ? shapes.map((s) => s.def) : [];
}

function callablesOf(ctx: LowerContext): ModuleCallables {
  let table = tables.get(ctx.module);
  if (table === undefined) {
    table = collectCallables(ctx);
    tables.set(ctx.module, table);
  }
  return table;
}

function collectCallables(ctx: LowerContext): ModuleCallables {
  const methods = new Map<string, MethodShape[]>();
  const values: Signature[] = [];
  const callees = new Set<ast.Node>();
  walk(ctx.module, (node) => {
    if (node.kind === "Call") callees.add(node.func);
    if (node.kind !== "ClassDef") return;
    for (const stmt of node.body) {
      if (stmt.kind !== "FunctionDef") continue;
      const shape = methodShape(stmt, node);
      if (shape !== null) methods.set(stmt.name.name, [...(methods.get(stmt.name.name) ?? []), shape]);
    }
  });
  walk(ctx.module, (node) => {
    // A lambda that may take keywords carries its signature (functions.ts lowerLambda); a
    // one-parameter lambda has none to check against.
    if (node.kind === "Lambda" && carriesSignature(node.args)) values.push(signatureOfArguments(node.args));
    // A def whose name is bound more than once is called through the variable.
    if (node.kind === "FunctionDef" && boundMoreThanOnce(ctx, node)) values.push(signatureOfArguments(node.args));
    if (node.kind === "Name" && node.ctx === "Load" && !callees.has(node)) {
      const def = singleDefinition(ctx, node);
      if (def?.kind === "FunctionDef") values.push(signatureOfArguments(def.args));
      if (def?.kind === "ClassDef") {
        const init = def.body.find((s): s is ast.FunctionDef => s.kind === "FunctionDef" && s.name.name === "__init__");
        if (init) values.push(withoutFirst(signatureOfArguments(init.args)));
      }
    }
    // `callback = self.done`: a bound method.
    if (node.kind === "Attribute" && node.ctx === "Load" && !callees.has(node)) {
      for (const shape of methods.get(node.attr.name) ?? []) values.push(shape.throughInstance);
    }
  });
  return { methods, values };
}

function methodShape(def: ast.FunctionDef, cls: ast.ClassDef): MethodShape | null {
  const decorators = def.decoratorList.map((d) => (d.kind === "Name" ? d.id : d.kind === "Attribute" ? d.attr.name : "?"));
  if (decorators.some((d) => d !== "staticmethod" && d !== "classmethod")) return null;
  const full = signatureOfArguments(def.args);
  if (decorators.includes("staticmethod")) return { def, cls, throughInstance: full, throughClass: full };
  if (decorators.includes("classmethod")) return { def, cls, throughInstance: withoutFirst(full), throughClass: withoutFirst(full) };
  return { def, cls, throughInstance: withoutFirst(full), throughClass: full };
}

function withoutFirst(signature: Signature): Signature {
  return { ...signature, positional: signature.positional.slice(1), positionalOnly: Math.max(0, signature.positionalOnly - 1) };
}

/** The def `cls.name` finds in `cls` and its bases of this module. */
function resolvedMethod(ctx: LowerContext, cls: ast.ClassDef, name: string): ast.FunctionDef | null {
  for (let c: ast.ClassDef | null = cls; c !== null; c = userBaseClass(ctx, c)) {
    const def = c.body.find((s): s is ast.FunctionDef => s.kind === "FunctionDef" && s.name.name === name);
    if (def) return def;
  }
  return null;
}

/** `sub` derives from `base` (strictly) through classes of this module: an override a `base`-typed receiver may reach. */
function isSubclass(ctx: LowerContext, sub: ast.ClassDef, base: ast.ClassDef): boolean {
  for (let c = userBaseClass(ctx, sub); c !== null; c = userBaseClass(ctx, c)) if (c === base) return true;
  return false;
}

/** The defs of a name that only `def` statements bind (`def f(): ...` twice), else null. */
function defsBinding(ctx: LowerContext, name: ast.Name): ast.FunctionDef[] | null {
  const resolution = ctx.facts.bind.resolutions.get(name);
  if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return null;
  const bindings = resolution.symbol.bindings;
  return bindings.length > 0 && bindings.every((b) => b.kind === "FunctionDef") ? (bindings as ast.FunctionDef[]) : null;
}

function singleDefinition(ctx: LowerContext, name: ast.Name): ast.FunctionDef | ast.ClassDef | null {
  const resolution = ctx.facts.bind.resolutions.get(name);
  if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return null;
  const bindings = resolution.symbol.bindings;
  const only = bindings.length === 1 ? bindings[0]! : null;
  return only && (only.kind === "FunctionDef" || only.kind === "ClassDef") ? only : null;
}

function boundMoreThanOnce(ctx: LowerContext, def: ast.FunctionDef): boolean {
  const resolution = ctx.facts.bind.resolutions.get(def);
  return resolution !== undefined && resolution.kind !== "builtin" && resolution.kind !== "undefined" && resolution.symbol.bindings.length > 1;
}
