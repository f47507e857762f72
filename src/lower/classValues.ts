// Whether a class may reach a call whose callee the compiler does not know. A
// Python class is called like a function (`E('x')`, `make(Task)` then `c(v)`);
// a JavaScript class needs `new`. Where a script uses a class as a value (assigns
// it, passes it, returns it, keeps it in a tuple, list or dict), calls of unknown
// callees go through `call(c, v)`, which instantiates a class and calls anything
// else; elsewhere they stay plain calls (a callback's call costs nothing extra).

import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";
import type { LowerContext } from "./context.js";
import { importedMemberOf, moduleOfExpression } from "./modules.js";
import { lookupMember } from "./runtimeApi.js";

const cache = new WeakMap<ast.Module, boolean>();

/** True when some class of the script, builtin exception or library class is used as a value. */
export function classesUsedAsValues(ctx: LowerContext): boolean {
  let found = cache.get(ctx.module);
  if (found === undefined) {
    found = findClassValue(ctx);
    cache.set(ctx.module, found);
  }
  return found;
}

function findClassValue(ctx: LowerContext): boolean {
  let found = false;
  const visit = (node: ast.Node): boolean => {
    if (found) return false;
    // `except (KeyError, ValueError):` and isinstance(x, (A, B)) name classes without calling them later.
    if (node.kind === "ExceptHandler") {
      node.body.forEach((stmt) => walk(stmt, visit));
      return false;
    }
    if (node.kind === "Call" && node.func.kind === "Name" && (node.func.id === "isinstance" || node.func.id === "issubclass")) return false;
    if (valuesOf(node).some((value) => isClass(ctx, value))) found = true;
    return !found;
  };
  walk(ctx.module, visit);
  return found;
}

/** The expressions of `node` that are values another expression may call later. */
function valuesOf(node: ast.Node): readonly ast.Expression[] {
  switch (node.kind) {
    case "Call":
      return [...node.args.map((a) => (a.kind === "Starred" ? a.value : a)), ...node.keywords.map((k) => k.value)];
    case "Assign":
      return [node.value];
    case "Return":
      return node.value ? [node.value] : [];
    case "Tuple":
    case "List":
    case "Set":
      return node.elts;
    case "Dict":
      return node.values;
    default:
      return [];
  }
}

const builtinNonClasses = new Set(["None", "True", "False", "NotImplemented", "Ellipsis"]);

/** A class of the script, a builtin exception (the capitalised builtins) or a library class. */
function isClass(ctx: LowerContext, node: ast.Expression): boolean {
  if (node.kind === "Name") {
    const resolution = ctx.resolution(node);
    if (resolution.kind === "builtin") return /^[A-Z]/.test(node.id) && !builtinNonClasses.has(node.id);
    if (resolution.kind === "undefined") return false;
    const symbol = resolution.symbol;
    if (symbol.bindings.some((b) => b.kind === "ClassDef")) return true;
    return importedMemberOf(ctx, symbol)?.member.kind === "class";
  }
  if (node.kind === "Attribute") {
    const module = moduleOfExpression(ctx, node.value);
    return module !== undefined && module !== null && lookupMember(module.spec, node.attr.name, ctx.isPy2)?.kind === "class";
  }
  return false;
}
