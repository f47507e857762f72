// The child nodes of any AST node, in source order: the one place that knows each
// node's child fields, for walkers and the tree checker (treeChecker.ts).

import type * as ast from "./ast.js";
import { assertNever } from "../util/assert.js";

type Child = ast.Node | null | undefined;

/** Direct children of `node` in source order (null fields left out). */
export function childNodes(node: ast.Node): ast.Node[] {
  return collect(node).filter((c): c is ast.Node => c !== null && c !== undefined);
}

/** Children whose fields interleave in the source (args and keywords, keys and values). */
function bySource(...groups: readonly (readonly Child[])[]): Child[] {
  return groups
    .flat()
    .filter((c): c is ast.Node => c !== null && c !== undefined)
    .sort((a, b) => a.span.start - b.span.start);
}

function collect(node: ast.Node): Child[] {
  switch (node.kind) {
    case "Module":
      return [...node.body];
    case "FunctionDef":
      return [...node.decoratorList, ...node.typeParams, node.args, node.returns, ...node.body];
    case "ClassDef":
      return [...node.decoratorList, ...node.typeParams, ...bySource(node.bases, node.keywords), ...node.body];
    case "Return":
      return [node.value];
    case "Delete":
      return [...node.targets];
    case "Assign":
      return [...node.targets, node.value];
    case "AugAssign":
      return [node.target, node.value];
    case "AnnAssign":
      return [node.target, node.annotation, node.value];
    case "For":
      return [node.target, node.iter, ...node.body, ...node.orelse];
    case "While":
    case "If":
      return [node.test, ...node.body, ...node.orelse];
    case "With":
      return [...node.items, ...node.body];
    case "Match":
      return [node.subject, ...node.cases];
    case "Raise":
      return [node.exc, node.py2Value, node.py2Traceback, node.cause];
    case "Try":
      return [...node.body, ...node.handlers, ...node.orelse, ...node.finalbody];
    case "Assert":
      return [node.test, node.msg];
    case "Import":
    case "ImportFrom":
      return [...node.names];
    case "Global":
    case "Nonlocal":
    case "Pass":
    case "Break":
    case "Continue":
      return [];
    case "Expr":
      return [node.value];
    case "TypeAlias":
      return [node.name, ...node.typeParams, node.value];
    case "Print":
      return [node.dest, ...node.values];
    case "Exec":
      return [node.body, node.globals, node.locals];
    case "BoolOp":
      return [...node.values];
    case "NamedExpr":
      return [node.target, node.value];
    case "BinOp":
      return [node.left, node.right];
    case "UnaryOp":
      return [node.operand];
    case "Lambda":
      return [node.args, node.body];
    case "IfExp":
      return [node.body, node.test, node.orelse];
    case "Dict":
      return bySource(node.keys, node.values);
    case "Set":
      return [...node.elts];
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return [node.elt, ...node.generators];
    case "DictComp":
      return [node.key, node.value, ...node.generators];
    case "Await":
    case "YieldFrom":
    case "Repr":
      return [node.value];
    case "Yield":
      return [node.value];
    case "Compare":
      return [node.left, ...node.comparators];
    case "Call":
      return [node.func, ...bySource(node.args, node.keywords)];
    case "FormattedValue":
      return [node.value, node.formatSpec];
    case "JoinedStr":
      return [...node.values];
    case "Constant":
    case "Name":
      return [];
    case "Attribute":
    case "Starred":
      return [node.value];
    case "Subscript":
      return [node.value, node.slice];
    case "List":
    case "Tuple":
      return [...node.elts];
    case "Slice":
      return [node.lower, node.upper, node.step];
    case "comprehension":
      return [node.target, node.iter, ...node.ifs];
    case "ExceptHandler":
      return [node.type, node.py2Target, ...node.body];
    case "arguments":
      return bySource(node.posonlyargs, node.args, node.defaults, [node.vararg], node.kwonlyargs, node.kwDefaults, [node.kwarg]);
    case "arg":
      return [node.py2Tuple, node.annotation];
    case "keyword":
      return [node.value];
    case "alias":
      return [];
    case "withitem":
      return [node.contextExpr, node.optionalVars];
    case "match_case":
      return [node.pattern, node.guard, ...node.body];
    case "MatchValue":
      return [node.value];
    case "MatchSingleton":
    case "MatchStar":
      return [];
    case "MatchSequence":
    case "MatchOr":
      return [...node.patterns];
    case "MatchMapping":
      return bySource(node.keys, node.patterns);
    case "MatchClass":
      return [node.cls, ...node.patterns, ...node.kwdPatterns];
    case "MatchAs":
      return [node.pattern];
    case "TypeVar":
      return [node.bound];
    case "ParamSpec":
    case "TypeVarTuple":
      return [];
    default:
      return assertNever(node, "node");
  }
}
