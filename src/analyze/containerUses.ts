// Which container variables keep the element types inference gives them. A list,
// set or dict bound to a variable can change through that variable (`xs.append(v)`,
// `d[k] = v`: recorded as more items) or through any other reference to the same
// object. Only a variable whose value never leaves it (it is iterated, indexed,
// measured, compared or printed, never passed, returned, stored or aliased) keeps
// precise element types; the others' elements are unknown.
//
//   xs = [1, 2]; xs.append(3); for x in xs: ...   ->  list[int]
//   xs = [1, 2]; ys = xs; ys.append('a')           ->  list[unknown] (xs escaped)

import type * as ast from "../parse/ast.js";
import { forEachChild, walk } from "../parse/forEachChild.js";
import type { BindResult } from "./binder.js";
import type { PySymbol } from "./scope.js";

export interface ContainerUses {
  /** Variables whose container value may be changed other than through the uses recorded here. */
  readonly escaped: ReadonlySet<PySymbol>;
  /** Items added through the variable: `xs.append(v)`, `s.add(v)`, `xs[i] = v` (the value). */
  readonly itemsAdded: ReadonlyMap<PySymbol, readonly ast.Expression[]>;
  /** Keys stored through the variable: `d[k] = v` (the key). */
  readonly keysAdded: ReadonlyMap<PySymbol, readonly ast.Expression[]>;
}

/** Methods that do not let other values in (or let in only what `itemsAdded` records). */
const safeMethods = new Set([
  "append", "add", "count", "index", "get", "keys", "values", "items", "copy", "pop", "remove", "discard", "clear",
  "sort", "reverse", "has_key", "iterkeys", "itervalues", "iteritems", "viewkeys", "viewvalues", "viewitems",
  "issubset", "issuperset", "isdisjoint", "union", "intersection", "difference", "symmetric_difference", "popitem",
]);

/** Builtins that only read their argument (or copy it). */
const readingBuiltins = new Set([
  "len", "sorted", "list", "tuple", "set", "frozenset", "sum", "min", "max", "enumerate", "zip", "reversed",
  "any", "all", "print", "str", "repr", "bool", "iter", "dict", "map", "filter",
]);

export function findContainerUses(module: ast.Module, bind: BindResult): ContainerUses {
  const safe = new Set<ast.Name>();
  const itemsAdded = new Map<PySymbol, ast.Expression[]>();
  const keysAdded = new Map<PySymbol, ast.Expression[]>();
  const symbolOf = (node: ast.Expression): PySymbol | null => {
    if (node.kind !== "Name") return null;
    const resolution = bind.resolutions.get(node);
    return resolution && resolution.kind !== "builtin" && resolution.kind !== "undefined" ? resolution.symbol : null;
  };
  const add = (map: Map<PySymbol, ast.Expression[]>, symbol: PySymbol, item: ast.Expression): void => {
    map.set(symbol, [...(map.get(symbol) ?? []), item]);
  };
  const markSafe = (node: ast.Expression | null): void => {
    if (node?.kind === "Name") safe.add(node);
  };

  const forced = new Set<PySymbol>();
  walk(module, (node) => {
    switch (node.kind) {
      case "AugAssign": {
        // xs[i] += x may change the item's type; xs += ys adds ys's items.
        const target = node.target.kind === "Subscript" ? node.target.value : node.target;
        const symbol = symbolOf(target);
        if (symbol) forced.add(symbol);
        break;
      }
      case "For":
      case "comprehension":
        markSafe(node.iter);
        break;
      case "Subscript":
        markSafe(node.value);
        break;
      case "Compare":
        markSafe(node.left);
        node.comparators.forEach(markSafe);
        break;
      case "BinOp":
        markSafe(node.left);
        markSafe(node.right);
        break;
      case "UnaryOp":
        markSafe(node.operand);
        break;
      case "If":
      case "While":
      case "Assert":
        markSafe(node.test);
        break;
      case "FormattedValue":
        markSafe(node.value);
        break;
      case "Print":
        node.values.forEach(markSafe);
        break;
      case "Assign":
        for (const target of node.targets) {
          if (target.kind !== "Subscript") continue;
          const symbol = symbolOf(target.value);
          if (symbol && target.slice.kind === "Slice") forced.add(symbol);
          if (target.slice.kind === "Slice") continue;
          if (symbol) {
            add(itemsAdded, symbol, node.value);
            add(keysAdded, symbol, target.slice);
          }
        }
        break;
      case "Call": {
        const func = node.func;
        if (func.kind === "Attribute" && safeMethods.has(func.attr.name)) {
          markSafe(func.value);
          const symbol = symbolOf(func.value);
          if (symbol && (func.attr.name === "append" || func.attr.name === "add") && node.args.length === 1) add(itemsAdded, symbol, node.args[0]!);
        }
        if (func.kind === "Name" && readingBuiltins.has(func.id) && bind.resolutions.get(func)?.kind === "builtin") node.args.forEach(markSafe);
        break;
      }
      default:
        break;
    }
  });

  const escaped = new Set<PySymbol>(forced);
  const visit = (node: ast.Node): void => {
    if (node.kind === "Name" && node.ctx === "Load" && !safe.has(node)) {
      const symbol = symbolOf(node);
      if (symbol) escaped.add(symbol);
    }
    forEachChild(node, visit);
  };
  visit(module);
  return { escaped, itemsAdded, keysAdded };
}
