// Child enumeration for the Python AST, defined once (pyright's getChildNodes,
// ruff's walk_*): every walker in analyze/ and lower/ builds on it. Children are
// visited in source order.

import { assertNever } from "../util/assert.js";
import type { Node, Pattern } from "./ast.js";

export function forEachChild(node: Node, visit: (child: Node) => void): void {
  const each = (nodes: readonly (Node | null)[]): void => {
    for (const n of nodes) if (n) visit(n);
  };
  const one = (n: Node | null): void => {
    if (n) visit(n);
  };
  switch (node.kind) {
    case "Module":
      return each(node.body);
    case "FunctionDef":
      each(node.decoratorList);
      each(node.typeParams);
      one(node.args);
      one(node.returns);
      return each(node.body);
    case "ClassDef":
      each(node.decoratorList);
      each(node.typeParams);
      // As in a call, keywords and bases may interleave: `class C(metaclass=M, *bases)`.
      each([...node.bases, ...node.keywords].sort((a, b) => a.span.start - b.span.start));
      return each(node.body);
    case "Return":
      return one(node.value);
    case "Delete":
      return each(node.targets);
    case "Assign":
      each(node.targets);
      return one(node.value);
    case "AugAssign":
      one(node.target);
      return one(node.value);
    case "AnnAssign":
      one(node.target);
      one(node.annotation);
      return one(node.value);
    case "For":
      one(node.target);
      one(node.iter);
      each(node.body);
      return each(node.orelse);
    case "While":
    case "If":
      one(node.test);
      each(node.body);
      return each(node.orelse);
    case "With":
      each(node.items);
      return each(node.body);
    case "Match":
      one(node.subject);
      return each(node.cases);
    case "Raise":
      one(node.exc);
      one(node.py2Value);
      one(node.py2Traceback);
      return one(node.cause);
    case "Try":
      each(node.body);
      each(node.handlers);
      each(node.orelse);
      return each(node.finalbody);
    case "Assert":
      one(node.test);
      return one(node.msg);
    case "Import":
    case "ImportFrom":
      return each(node.names);
    case "Global":
    case "Nonlocal":
    case "Pass":
    case "Break":
    case "Continue":
      return;
    case "Expr":
      return one(node.value);
    case "TypeAlias":
      one(node.name);
      each(node.typeParams);
      return one(node.value);
    case "Print":
      one(node.dest);
      return each(node.values);
    case "Exec":
      one(node.body);
      one(node.globals);
      return one(node.locals);
    case "BoolOp":
      return each(node.values);
    case "NamedExpr":
      one(node.target);
      return one(node.value);
    case "BinOp":
      one(node.left);
      return one(node.right);
    case "UnaryOp":
      return one(node.operand);
    case "Lambda":
      one(node.args);
      return one(node.body);
    case "IfExp":
      // Source order: body if test else orelse.
      one(node.body);
      one(node.test);
      return one(node.orelse);
    case "Dict":
      for (let i = 0; i < node.values.length; i++) {
        one(node.keys[i] ?? null);
        one(node.values[i]!);
      }
      return;
    case "Set":
      return each(node.elts);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      one(node.elt);
      return each(node.generators);
    case "DictComp":
      one(node.key);
      one(node.value);
      return each(node.generators);
    case "Await":
    case "YieldFrom":
    case "Repr":
      return one(node.value);
    case "Yield":
      return one(node.value);
    case "Compare":
      one(node.left);
      return each(node.comparators);
    case "Call":
      one(node.func);
      // Keywords and positional arguments may interleave in the source.
      return each([...node.args, ...node.keywords].sort((a, b) => a.span.start - b.span.start));
    case "FormattedValue":
      one(node.value);
      return one(node.formatSpec);
    case "JoinedStr":
      return each(node.values);
    case "Constant":
    case "Name":
      return;
    case "Attribute":
      return one(node.value);
    case "Subscript":
      one(node.value);
      return one(node.slice);
    case "Starred":
      return one(node.value);
    case "List":
    case "Tuple":
      return each(node.elts);
    case "Slice":
      one(node.lower);
      one(node.upper);
      return one(node.step);
    case "comprehension":
      one(node.target);
      one(node.iter);
      return each(node.ifs);
    case "ExceptHandler":
      one(node.type);
      one(node.py2Target);
      return each(node.body);
    case "arguments": {
      // Parameters and their defaults interleave; sorting by position also keeps
      // the order of the parameter lists of invalid programs (`def f(a=1, b)`).
      const all = [
        ...node.posonlyargs, ...node.args, ...node.defaults, node.vararg,
        ...node.kwonlyargs, ...node.kwDefaults, node.kwarg,
      ].filter((n): n is NonNullable<typeof n> => n !== null);
      return each(all.sort((a, b) => a.span.start - b.span.start));
    }
    case "arg":
      one(node.annotation);
      return one(node.py2Tuple);
    case "keyword":
      return one(node.value);
    case "alias":
      return;
    case "withitem":
      one(node.contextExpr);
      return one(node.optionalVars);
    case "match_case":
      one(node.pattern);
      one(node.guard);
      return each(node.body);
    case "MatchValue":
      return one(node.value);
    case "MatchSingleton":
    case "MatchStar":
      return;
    case "MatchSequence":
    case "MatchOr":
      return each(node.patterns);
    case "MatchMapping":
      for (let i = 0; i < node.keys.length; i++) {
        visit(node.keys[i]!);
        visit(node.patterns[i]!);
      }
      return;
    case "MatchClass":
      one(node.cls);
      each(node.patterns);
      return each(node.kwdPatterns as readonly Pattern[]);
    case "MatchAs":
      return one(node.pattern);
    case "TypeVar":
      return one(node.bound);
    case "ParamSpec":
    case "TypeVarTuple":
      return;
    default:
      return assertNever(node, "AST node");
  }
}

/** Visits `node` and all its descendants in source order; return false from `visit` to skip a subtree. */
export function walk(node: Node, visit: (node: Node) => boolean | void): void {
  if (visit(node) === false) return;
  forEachChild(node, (child) => walk(child, visit));
}
