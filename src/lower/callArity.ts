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
import { classNamed, userBaseClass } from "./dynamicAttributes.js";
import { importedMemberOf, moduleOfExpression } from "./modules.js";

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
  /** The `x = ...` / `a, b = ...` statement binding each plain name it assigns. */
  readonly assignments: ReadonlyMap<ast.Node, ast.Assign>;
  /** Attribute names the module stores (`obj.cb = f`, a class attribute): they may hold any callable. */
  readonly storedAttributes: ReadonlySet<string>;
  /** The first parameter of each method: `self` (an instance of its class) or a class method's `cls`. */
  readonly receivers: ReadonlyMap<ast.Node, MethodReceiver>;
  /** Classes passed or stored as values (`pool.map(Box, xs)`, `make = Box`): called through their __init__'s signature. */
  readonly classValues: ReadonlySet<ast.ClassDef>;
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
export function methodCallNeedsBinding(ctx: LowerContext, call: ast.Call): boolean {
  if (call.keywords.length > 0 || call.func.kind !== "Attribute") return false;
  const name = call.func.attr.name;
  const shapes = callablesOf(ctx).methods.get(name);
  const receiver = shapes === undefined ? null : receiverOf(ctx, call.func.value);
  if (shapes === undefined || receiver === null) return false;
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

/**
 * The receiver as methodCallNeedsBinding sees it: a class of this module named in
 * the call, `self` or `cls` of one of its methods, an instance or class of one held
 * in a value, or a value of unknown type. null when it is none of this module's
 * (a library object, a str, a builtin type: those check their own arguments).
 */
function receiverOf(ctx: LowerContext, node: ast.Expression): MethodReceiver | null {
  // super().m(...) is lowered as `super.m(...)` (calls.ts lowerSuperCall).
  if (node.kind === "Call" && node.func.kind === "Name" && node.func.id === "super") return null;
  if (node.kind === "Name") {
    const resolution = ctx.facts.bind.resolutions.get(node);
    if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined") return null;
    const cls = classNamed(ctx, node);
    if (cls) return { kind: "namedClass", cls };
    const bindings = resolution.symbol.bindings;
    const first = bindings.length === 1 ? callablesOf(ctx).receivers.get(bindings[0]!) : undefined;
    if (first) return first;
  }
  const type = ctx.typeOf(node);
  if (type.kind === "instance" || type.kind === "class") return { kind: type.kind, cls: type.def };
  return type.kind === "unknown" ? { kind: "unknown" } : null;
}

/** `g(args)` where `g` is a value (a variable, a parameter): true when some callable used as a value would reject them. */
export function valueCallNeedsBinding(ctx: LowerContext, call: ast.Call): boolean {
  if (call.keywords.length > 0) return false;
  const callee = call.func;
  // (lambda a, b: ...)(1): its own signature.
  if (callee.kind === "Lambda") return staticBindingProblem(call, signatureOfArguments(callee.args)) !== null;
  const type = ctx.typeOf(callee);
  const known = type.kind === "function" ? [signatureOfArguments(type.def.args)] : callee.kind === "Name" ? valuesOfName(ctx, callee, 0) : null;
  return (known ?? callablesOf(ctx).values).some((s) => staticBindingProblem(call, s) !== null);
}

/**
 * Where a class name is read as a class rather than passed on as a callable:
 * `Box.count`, a base, `except Full`, `raise Full`, `type(x) is Box` (and builtins'
 * arguments: isinstance(x, Box), vars(Box)).
 */
function classReads(node: ast.Node): readonly ast.Node[] {
  switch (node.kind) {
    case "Attribute":
      return [node.value];
    case "ClassDef":
      return node.bases;
    case "ExceptHandler":
      return node.type === null ? [] : node.type.kind === "Tuple" ? [node.type, ...node.type.elts] : [node.type];
    case "Raise":
      return node.exc === null ? [] : [node.exc];
    case "Compare":
      return [node.left, ...node.comparators];
    default:
      return [];
  }
}

/** The `__init__` of each class used as a value (signatures.ts). */
export function initsOfClassValues(ctx: LowerContext): ast.FunctionDef[] {
  return [...callablesOf(ctx).classValues].flatMap((cls) => resolvedMethod(ctx, cls, "__init__") ?? []);
}

/**
 * Methods whose signature the runtime needs because a call of their name is
 * routed to the runtime's binding (signatures.ts): all of that name, a superset of
 * the ones the call may reach.
 */
export function methodsBoundAtRunTime(ctx: LowerContext, call: ast.Call): readonly ast.FunctionDef[] {
  if (call.func.kind !== "Attribute" || !methodCallNeedsBinding(ctx, call)) return [];
  return (callablesOf(ctx).methods.get(call.func.attr.name) ?? []).map((s) => s.def);
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
  const assignments = new Map<ast.Node, ast.Assign>();
  const storedAttributes = new Set<string>();
  const receivers = new Map<ast.Node, MethodReceiver>();
  const classValues = new Set<ast.ClassDef>();
  // `Box.count`, isinstance(x, Box), super(Box, self): a class read, not a callable passed on.
  const notValues = new Set<ast.Node>();
  walk(ctx.module, (node) => {
    if (node.kind === "Attribute" && node.ctx !== "Load") storedAttributes.add(node.attr.name);
    if (node.kind === "Call") {
      callees.add(node.func);
      const builtin = node.func.kind === "Name" && ctx.facts.bind.resolutions.get(node.func)?.kind === "builtin";
      if (builtin) for (const arg of node.args) notValues.add(arg);
    }
    for (const read of classReads(node)) notValues.add(read);
    if (node.kind === "Assign" && node.targets.length === 1) {
      const target = node.targets[0]!;
      for (const name of target.kind === "Tuple" ? target.elts : [target]) if (name.kind === "Name") assignments.set(name, node);
    }
    if (node.kind !== "ClassDef") return;
    for (const stmt of node.body) {
      if (stmt.kind === "Assign") for (const t of stmt.targets) if (t.kind === "Name") storedAttributes.add(t.id);
      if (stmt.kind !== "FunctionDef") continue;
      const shape = methodShape(stmt, node);
      const first = stmt.args.posonlyargs[0] ?? stmt.args.args[0];
      if (shape !== null && first && !hasDecorator(stmt, "staticmethod")) receivers.set(first, { kind: hasDecorator(stmt, "classmethod") ? "class" : "instance", cls: node });
      if (shape !== null) methods.set(stmt.name.name, [...(methods.get(stmt.name.name) ?? []), shape]);
    }
  });
  walk(ctx.module, (node) => {
    // Every lambda carries its signature (functions.ts lowerLambda).
    if (node.kind === "Lambda") values.push(signatureOfArguments(node.args));
    // A def whose name is bound more than once is called through the variable.
    if (node.kind === "FunctionDef" && boundMoreThanOnce(ctx, node)) values.push(signatureOfArguments(node.args));
    if (node.kind === "Name" && node.ctx === "Load" && !callees.has(node)) {
      const def = singleDefinition(ctx, node);
      if (def?.kind === "FunctionDef") values.push(signatureOfArguments(def.args));
      if (def?.kind === "ClassDef" && !notValues.has(node)) {
        classValues.add(def);
        const init = resolvedMethod(ctx, def, "__init__");
        if (init) values.push(withoutFirst(signatureOfArguments(init.args)));
      }
    }
    // `callback = self.done`: a bound method.
    if (node.kind === "Attribute" && node.ctx === "Load" && !callees.has(node)) {
      for (const shape of methods.get(node.attr.name) ?? []) values.push(shape.throughInstance);
    }
  });
  return { methods, values, assignments, storedAttributes, receivers, classValues };
}

function methodShape(def: ast.FunctionDef, cls: ast.ClassDef): MethodShape | null {
  const decorators = def.decoratorList.map((d) => (d.kind === "Name" ? d.id : d.kind === "Attribute" ? d.attr.name : "?"));
  if (decorators.some((d) => d !== "staticmethod" && d !== "classmethod")) return null;
  const full = signatureOfArguments(def.args);
  if (decorators.includes("staticmethod")) return { def, cls, throughInstance: full, throughClass: full };
  if (decorators.includes("classmethod")) return { def, cls, throughInstance: withoutFirst(full), throughClass: withoutFirst(full) };
  return { def, cls, throughInstance: withoutFirst(full), throughClass: full };
}

function hasDecorator(def: ast.FunctionDef, name: string): boolean {
  return def.decoratorList.some((d) => (d.kind === "Name" ? d.id : d.kind === "Attribute" ? d.attr.name : "") === name);
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

/** `partial` (imported from a library module) or `functools.partial`. */
function isLibraryCallee(ctx: LowerContext, callee: ast.Expression): boolean {
  if (callee.kind === "Attribute") return moduleOfExpression(ctx, callee.value) !== null;
  if (callee.kind !== "Name") return false;
  const resolution = ctx.facts.bind.resolutions.get(callee);
  return resolution !== undefined && resolution.kind !== "builtin" && resolution.kind !== "undefined" && importedMemberOf(ctx, resolution.symbol) !== null;
}

/** `sub` derives from `base` (strictly) through classes of this module: an override a `base`-typed receiver may reach. */
function isSubclass(ctx: LowerContext, sub: ast.ClassDef, base: ast.ClassDef): boolean {
  for (let c = userBaseClass(ctx, sub); c !== null; c = userBaseClass(ctx, c)) if (c === base) return true;
  return false;
}

/**
 * What a name may hold when every binding of it is a `def` or an assignment of a
 * known callable (`square = lambda x: ...`, `put = q.put`, `g = f`): their
 * signatures, none for callables the runtime cannot check (a library's method).
 * null when some binding is anything else (a parameter, a
 * loop variable, a call's result).
 */
function valuesOfName(ctx: LowerContext, name: ast.Name, depth: number): Signature[] | null {
  const resolution = ctx.facts.bind.resolutions.get(name);
  if (!resolution || resolution.kind === "builtin" || resolution.kind === "undefined" || depth > 3) return null;
  const out: Signature[] = [];
  for (const binding of resolution.symbol.bindings) {
    if (binding.kind === "FunctionDef") {
      out.push(signatureOfArguments(binding.args));
      continue;
    }
    const stmt = callablesOf(ctx).assignments.get(binding);
    const value = stmt ? assignedValue(stmt.targets[0]!, stmt.value, binding) : null;
    const values = value ? valuesOfExpression(ctx, value, depth) : null;
    if (values === null) return null;
    out.push(...values);
  }
  return out;
}

/** The value `target = value` gives `name`: the value itself, or its item in `a, b = x, y`. */
function assignedValue(target: ast.Expression, value: ast.Expression, name: ast.Node): ast.Expression | null {
  if (target === name) return value;
  if (target.kind !== "Tuple" || value.kind !== "Tuple" || target.elts.length !== value.elts.length) return null;
  const index = target.elts.indexOf(name as ast.Expression);
  return index >= 0 ? value.elts[index]! : null;
}

function valuesOfExpression(ctx: LowerContext, value: ast.Expression, depth: number): Signature[] | null {
  // A str, a list, a library object (functools.partial(...)): not a def of this module.
  const kind = ctx.typeOf(value).kind;
  if (kind !== "unknown" && kind !== "never" && kind !== "function" && kind !== "class" && kind !== "instance") return [];
  // functools.partial(f, 2) and other library results: the runtime checks their calls.
  if (value.kind === "Call" && isLibraryCallee(ctx, value.func)) return [];
  if (value.kind === "Lambda") return [signatureOfArguments(value.args)];
  if (value.kind === "Name") {
    const def = singleDefinition(ctx, value);
    if (def?.kind === "FunctionDef") return [signatureOfArguments(def.args)];
    if (def?.kind === "ClassDef") {
      const init = resolvedMethod(ctx, def, "__init__");
      return init ? [withoutFirst(signatureOfArguments(init.args))] : [];
    }
    return valuesOfName(ctx, value, depth + 1);
  }
  if (value.kind === "Attribute") {
    const type = ctx.typeOf(value.value);
    // A bound method of an instance of this module: the method its class finds.
    if (type.kind === "instance") {
      const def = resolvedMethod(ctx, type.def, value.attr.name);
      const shape = def ? callablesOf(ctx).methods.get(value.attr.name)?.find((s) => s.def === def) : undefined;
      return shape ? [shape.throughInstance] : null;
    }
    // `Shape.area`: the function the class finds, taking the instance first.
    const cls = type.kind === "class" ? type.def : classNamed(ctx, value.value);
    if (cls) {
      const def = resolvedMethod(ctx, cls, value.attr.name);
      const shape = def ? callablesOf(ctx).methods.get(value.attr.name)?.find((s) => s.def === def) : undefined;
      return shape ? [shape.throughClass] : null;
    }
    // A value of unknown type: a method of that name of this module's classes, or a
    // library object's (which checks its own arguments), unless the module stores
    // callables under that name.
    if (type.kind === "unknown" || type.kind === "never") {
      const table = callablesOf(ctx);
      return table.storedAttributes.has(value.attr.name) ? null : (table.methods.get(value.attr.name) ?? []).map((shape) => shape.throughInstance);
    }
    // A library object's or a builtin value's method: the runtime checks its own arguments.
    return [];
  }
  return null;
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
