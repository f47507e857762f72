// Set displays that CPython 3.11 turns into frozenset constants, and which of
// them share one constant (docs/architecture.md, "Dict and set order").
//
// Where the compiler makes a frozenset constant out of a `{...}` display whose
// items all fold to constants (constantFolding.ts):
//
//   s = {1, 9, 17}          "display": three or more items; the set is an empty
//                           set updated from the constant (BUILD_SET, SET_UPDATE)
//   for x in {7, 15}: ...   "iterable": any size, iterated as the frozenset itself
//   [y for y in {7, 15}]    (ast_opt.c fold_iter, also in comprehensions)
//   if x in {1, 2}: ...     "membership": the last comparator of `in`/`not in`
//
// The frozenset is built from a tuple of the items, then built again from its own
// iteration order when the compiler merges constants (compile.c
// merge_consts_recursive), and that merge keeps one constant per value for the
// whole module: a later display equal as a set to an earlier one (same items,
// same types, in any order) gets the earlier constant and its table layout.
// `print({25, 17, 9, 1}); print({1, 9, 17, 25})` prints `{25, 9, 1, 17}` twice.
// So the order of first appearance matters, and it is the compiler's order,
// not the source's: a def's decorators and defaults before its body, a class's
// body before its bases, an assignment's value before its targets, a `for`'s
// iterable before its target, `a if c else b` as c, a, b, a try's `else` before
// its handlers, a comprehension's outermost iterable after the rest of it.
// Not modelled: a `finally` body compiled first at an earlier `return` or
// `break` inside its `try` (the compiler copies it there), and match statements.
//
// Python 2 builds every set display item by item: nothing to find.

import type * as ast from "../parse/ast.js";
import { forEachChild } from "../parse/forEachChild.js";
import { constantKey, equalityKey, foldConstant, type Folded } from "./constantFolding.js";

export type SetConstantUse = "display" | "iterable" | "membership";

/** One frozenset constant: built from the items of its first display in compile order. */
export interface SetConstant {
  readonly items: readonly ast.Expression[];
}

export interface SetConstantFacts {
  /** Every display that is (or is built from) a frozenset constant. */
  readonly uses: ReadonlyMap<ast.Set, { readonly use: SetConstantUse; readonly constant: SetConstant }>;
  /** The module's frozenset constants, in compile order. */
  readonly constants: readonly SetConstant[];
}

export function findSetConstants(module: ast.Module): SetConstantFacts {
  const uses = new Map<ast.Set, { use: SetConstantUse; constant: SetConstant }>();
  const constants: SetConstant[] = [];
  if (module.dialect === "py2") return { uses, constants };
  const byKey = new Map<string, SetConstant>();

  const record = (node: ast.Set, use: SetConstantUse): boolean => {
    const values = node.elts.map(foldConstant);
    if (values.some((v) => v === null)) return false;
    const key = frozensetKey(values as Folded[]);
    let constant = byKey.get(key);
    if (!constant) {
      constant = { items: node.elts };
      byKey.set(key, constant);
      constants.push(constant);
    }
    uses.set(node, { use, constant });
    return true;
  };
  visitInCompileOrder(module, {
    set: (node) => node.elts.length > 2 && record(node, "display"),
    iterable: (node) => record(node, "iterable"),
    membership: (node) => record(node, "membership"),
  });
  return { uses, constants };
}

/** The constant key of the frozenset CPython builds from these values: equal items kept once (the first). */
function frozensetKey(values: readonly Folded[]): string {
  const kept = new Map<string, string>();
  for (const v of values) {
    const equality = equalityKey(v);
    if (!kept.has(equality)) kept.set(equality, constantKey(v));
  }
  return [...kept.values()].sort().join("|");
}

interface SetVisitor {
  /** A set display; true when it is a constant (its items need no visit). */
  set(node: ast.Set): boolean;
  /** A set display iterated by `for` or a comprehension. */
  iterable(node: ast.Set): boolean;
  /** A set display as the right operand of the last `in` / `not in` of a comparison. */
  membership(node: ast.Set): boolean;
}

/** Visits nodes in the order CPython 3.11's compiler (compile.c) visits them. */
function visitInCompileOrder(root: ast.Node, visitor: SetVisitor): void {
  const visit = (node: ast.Node | null | undefined): void => {
    if (node) visitNode(node);
  };
  const each = (nodes: readonly (ast.Node | null)[]): void => nodes.forEach(visit);
  const iterable = (node: ast.Expression): void => {
    if (node.kind !== "Set" || !visitor.iterable(node)) visit(node);
  };

  const visitNode = (node: ast.Node): void => {
    switch (node.kind) {
      case "Set":
        if (!visitor.set(node)) each(node.elts);
        return;
      case "FunctionDef":
        each(node.decoratorList);
        visitSignature(node.args, each);
        visit(node.returns);
        return each(node.body);
      case "Lambda":
        each(node.args.defaults);
        each(node.args.kwDefaults);
        return visit(node.body);
      case "ClassDef":
        each(node.decoratorList);
        each(node.body);
        each(node.bases);
        return each(node.keywords);
      case "Assign":
        visit(node.value);
        return each(node.targets);
      case "AnnAssign":
        visit(node.value);
        visit(node.target);
        return visit(node.annotation);
      case "NamedExpr":
        visit(node.value);
        return visit(node.target);
      case "For":
        iterable(node.iter);
        visit(node.target);
        each(node.body);
        return each(node.orelse);
      case "IfExp":
        visit(node.test);
        visit(node.body);
        return visit(node.orelse);
      case "Try":
        each(node.body);
        each(node.orelse);
        each(node.handlers);
        return each(node.finalbody);
      case "Call":
        visit(node.func);
        each(node.args);
        return each(node.keywords);
      case "Compare": {
        visit(node.left);
        const last = node.comparators.length - 1;
        each(node.comparators.slice(0, last));
        const right = node.comparators[last]!;
        const op = node.ops[last];
        if (right.kind === "Set" && (op === "In" || op === "NotIn") && visitor.membership(right)) return;
        return visit(right);
      }
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
      case "DictComp": {
        // The comprehension's own code first; its outermost iterable is evaluated outside, after it.
        const [outermost, ...inner] = node.generators;
        visit(outermost!.target);
        each(outermost!.ifs);
        for (const generator of inner) {
          iterable(generator.iter);
          visit(generator.target);
          each(generator.ifs);
        }
        if (node.kind === "DictComp") {
          visit(node.key);
          visit(node.value);
        } else {
          visit(node.elt);
        }
        return iterable(outermost!.iter);
      }
      default:
        return forEachChild(node, visit);
    }
  };
  visitNode(root);
}

/** compile.c compiler_function: defaults, keyword-only defaults, then annotations. */
function visitSignature(args: ast.Arguments, each: (nodes: readonly (ast.Node | null)[]) => void): void {
  each(args.defaults);
  each(args.kwDefaults);
  const annotated = [...args.args, ...args.posonlyargs, args.vararg, ...args.kwonlyargs, args.kwarg];
  each(annotated.map((arg) => arg?.annotation ?? null));
}
