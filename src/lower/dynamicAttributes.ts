// Where an attribute must be looked up the Python way (`getattr(obj, "name")`)
// rather than as a TypeScript property: functions (`f.__name__`, `f.cache`),
// builtin types (`str.upper`, `dict.fromkeys`), None (`None.x` raises
// AttributeError), introspection names (`x.__class__`, `f.__defaults__`), and
// class attributes that are not static members (an instance method read from the
// class). TypeScript knows nothing of these; the runtime's getattr does.
//
//   f.__name__        ->  getattr(f, "__name__")
//   str.upper         ->  getattr(str, "upper")
//   Worker.run(w)     ->  Worker.prototype.run.call(w)     (calls.ts)

import type * as ast from "../parse/ast.js";
import type { LowerContext } from "./context.js";
import { walk } from "../parse/forEachChild.js";
import { isContainerMethod, isPrimitiveMethodName } from "./methods.js";

const introspectionNames = new Set([
  "__class__", "__dict__", "__name__", "__qualname__", "__doc__", "__module__", "__defaults__",
  "__kwdefaults__", "__code__", "__closure__", "__globals__", "__bases__", "__mro__", "__self__",
  "__func__", "__wrapped__", "__annotations__", "func_name", "func_defaults", "func_doc", "func_code",
  "func_globals", "im_func", "im_self", "im_class",
]);

export function needsDynamicAttribute(ctx: LowerContext, receiver: ast.Expression, name: string): boolean {
  if (introspectionNames.has(name)) return true;
  if ((receiver.kind === "Constant" && receiver.value.type === "None") || (receiver.kind === "Name" && receiver.id === "None")) return true;
  const type = ctx.typeOf(receiver);
  if (type.kind === "function") return true;
  if (receiver.kind !== "Name") return false;
  const resolution = ctx.resolution(receiver);
  if (resolution.kind === "builtin") return !["True", "False", "None"].includes(receiver.id);
  if (resolution.kind === "undefined") return false;
  const bindings = resolution.symbol.bindings;
  const only = bindings.length === 1 ? bindings[0]! : null;
  if (only?.kind === "FunctionDef") return true;
  if (only?.kind === "ClassDef") return !hasStaticMember(ctx, only, name);
  return false;
}

/** A class attribute, static method or class method of `cls` or its user base classes. */
export function hasStaticMember(ctx: LowerContext, cls: ast.ClassDef, name: string): boolean {
  for (const stmt of cls.body) {
    if (stmt.kind === "Assign" && stmt.targets.some((t) => t.kind === "Name" && t.id === name)) return true;
    if (stmt.kind === "FunctionDef" && stmt.name.name === name) {
      return stmt.decoratorList.some((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod"));
    }
  }
  const base = userBaseClass(ctx, cls);
  return base ? hasStaticMember(ctx, base, name) : false;
}

/** The instance method `name` of `cls` (or a user base class), if there is one. */
export function instanceMethod(ctx: LowerContext, cls: ast.ClassDef, name: string): ast.FunctionDef | null {
  for (const stmt of cls.body) {
    if (stmt.kind === "FunctionDef" && stmt.name.name === name) {
      const isStatic = stmt.decoratorList.some((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod"));
      return isStatic ? null : stmt;
    }
  }
  const base = userBaseClass(ctx, cls);
  return base ? instanceMethod(ctx, base, name) : null;
}

/** The base class when it is a class of this module. */
export function userBaseClass(ctx: LowerContext, cls: ast.ClassDef): ast.ClassDef | null {
  const base = cls.bases[0];
  if (!base || base.kind !== "Name") return null;
  const resolution = ctx.resolution(base);
  if (resolution.kind !== "local" && resolution.kind !== "global" && resolution.kind !== "enclosing") return null;
  const only = resolution.symbol.bindings.length === 1 ? resolution.symbol.bindings[0]! : null;
  return only?.kind === "ClassDef" ? only : null;
}

/** The user class a name denotes (bound once by a `class` statement). */
export function classNamed(ctx: LowerContext, node: ast.Expression): ast.ClassDef | null {
  if (node.kind !== "Name") return null;
  const resolution = ctx.resolution(node);
  if (resolution.kind === "builtin" || resolution.kind === "undefined") return null;
  const only = resolution.symbol.bindings.length === 1 ? resolution.symbol.bindings[0]! : null;
  return only?.kind === "ClassDef" ? only : null;
}

/** `@property` without a `.setter` in `cls` or its user base classes: assigning it raises AttributeError. */
export function isReadOnlyProperty(ctx: LowerContext, cls: ast.ClassDef, name: string): boolean {
  const decorated = (stmt: ast.Stmt, decorator: string): boolean =>
    stmt.kind === "FunctionDef" &&
    stmt.name.name === name &&
    stmt.decoratorList.some((d) => (d.kind === "Name" && d.id === decorator) || (d.kind === "Attribute" && d.attr.name === decorator));
  if (cls.body.some((s) => decorated(s, "setter"))) return false;
  if (cls.body.some((s) => decorated(s, "property"))) return true;
  const base = userBaseClass(ctx, cls);
  return base ? isReadOnlyProperty(ctx, base, name) : false;
}

/**
 * A method read as a value (`key=records.get`, `callback=self.done`): Python gives a
 * bound method, a TypeScript property read gives a function without its receiver,
 * so it is read through getattr (which binds it). A receiver of unknown type is
 * treated so when any class of this module, runtime container or str has a method
 * of that name; a data attribute read that way is still correct.
 */
export function isMethodValue(ctx: LowerContext, node: ast.Attribute): boolean {
  const name = node.attr.name;
  const type = ctx.typeOf(node.value);
  const cls = type.kind === "instance" ? type.def : isSelfReceiver(ctx, node.value) ? ctx.currentClass() : null;
  if (cls) {
    const method = instanceMethod(ctx, cls, name);
    return method !== null && !method.decoratorList.some((d) => (d.kind === "Name" && d.id === "property") || d.kind === "Attribute");
  }
  if (type.kind === "list" || type.kind === "dict" || type.kind === "set" || type.kind === "frozenset" || type.kind === "tuple") return isContainerMethod(type.kind, name);
  if (type.kind === "str") return isPrimitiveMethodName(name, ctx.isPy2);
  if (type.kind !== "unknown") return false;
  return moduleMethodNames(ctx).has(name) || ["list", "dict", "set"].some((k) => isContainerMethod(k, name)) || isPrimitiveMethodName(name, ctx.isPy2);
}

function isSelfReceiver(ctx: LowerContext, node: ast.Expression): boolean {
  if (node.kind !== "Name") return false;
  const resolution = ctx.resolution(node);
  return resolution.kind !== "builtin" && resolution.kind !== "undefined" && ctx.isSelf(resolution.symbol);
}

const methodNamesCache = new WeakMap<ast.Module, Set<string>>();

/** Names of the instance methods the classes of this module define. */
function moduleMethodNames(ctx: LowerContext): Set<string> {
  let names = methodNamesCache.get(ctx.module);
  if (!names) {
    names = new Set();
    walk(ctx.module, (node) => {
      if (node.kind === "ClassDef") for (const stmt of node.body) if (stmt.kind === "FunctionDef" && !stmt.decoratorList.length) names!.add(stmt.name.name);
    });
    methodNamesCache.set(ctx.module, names);
  }
  return names;
}
