// CST -> AST for displays and comprehensions: list, tuple, set, dict, the four
// comprehension forms and unparenthesized tuples (expression_list).

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertExpression, convertStarred, convertYield } from "./expressions.js";
import { convertTarget } from "./targets.js";

// _collection_elements: (expression | yield | list_splat | parenthesized_list_splat) (',' ...)* [',']
function convertElements(cx: ParseContext, node: SyntaxNode): ast.Expression[] {
  return namedChildrenOf(node).map((child) => convertElement(cx, child));
}

function convertElement(cx: ParseContext, node: SyntaxNode): ast.Expression {
  switch (node.type) {
    // list_splat: '*' expression
    case "list_splat":
    case "list_splat_pattern":
      if (cx.isPy2) cx.dialectError("invalid syntax", "'*' unpacking in a display", node);
      return convertStarred(cx, node);
    // parenthesized_list_splat: '(' list_splat ')'
    case "parenthesized_list_splat":
      cx.syntaxError("cannot use starred expression here", node);
      return convertStarred(cx, namedChildrenOf(node)[0]!);
    case "yield":
      cx.syntaxError("invalid syntax", node);
      return convertYield(cx, node);
    default:
      return convertExpression(cx, node);
  }
}

// list: '[' [elements] ']'
export function convertList(cx: ParseContext, node: SyntaxNode): ast.List {
  return { kind: "List", span: cx.span(node), elts: convertElements(cx, node), ctx: "Load" };
}

// tuple: '(' [elements] ')'. A tuple_pattern with one element and no comma is just
// a parenthesized target: `(a) = 1`.
export function convertTuple(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const elements = convertElements(cx, node);
  if (elements.length === 1 && !childrenOf(node).some((c) => c.type === ",")) {
    // tree-sitter reads `(*a)` as a tuple; without a comma it is only parentheses.
    if (node.type === "tuple" && elements[0]!.kind === "Starred") cx.syntaxError("cannot use starred expression here", elements[0]!.span);
    return elements[0]!;
  }
  return { kind: "Tuple", span: cx.span(node), elts: elements, ctx: "Load" };
}

// set: '{' elements '}'
export function convertSet(cx: ParseContext, node: SyntaxNode): ast.Set {
  return { kind: "Set", span: cx.span(node), elts: convertElements(cx, node) };
}

// expression_list: expression (',' expression)* [','] — a tuple without parentheses
export function convertExpressionList(cx: ParseContext, node: SyntaxNode): ast.Tuple {
  return { kind: "Tuple", span: cx.span(node), elts: convertElements(cx, node), ctx: "Load" };
}

// dictionary: '{' [(pair | dictionary_splat) (',' (pair | dictionary_splat))*] [','] '}'
export function convertDictionary(cx: ParseContext, node: SyntaxNode): ast.Dict {
  const keys: (ast.Expression | null)[] = [];
  const values: ast.Expression[] = [];
  for (const child of namedChildrenOf(node)) {
    if (child.type === "pair") {
      keys.push(convertExpression(cx, child.childForFieldName("key")!));
      values.push(convertExpression(cx, child.childForFieldName("value")!));
    } else if (child.type === "dictionary_splat") {
      // dictionary_splat: '**' expression
      if (cx.isPy2) cx.dialectError("invalid syntax", "'**' unpacking in a dict display", child);
      keys.push(null);
      values.push(convertExpression(cx, namedChildrenOf(child)[0]!));
    } else {
      values.push(convertExpression(cx, child));
    }
  }
  return { kind: "Dict", span: cx.span(node), keys, values };
}

// list_comprehension: '[' expression clauses ']'   set_comprehension: '{' expression clauses '}'
// dictionary_comprehension: '{' pair clauses '}'   generator_expression: '(' expression clauses ')'
// clauses: for_in_clause (for_in_clause | if_clause)*
export function convertComprehension(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const body = node.childForFieldName("body")!;
  const generators = convertClauses(cx, node);
  const span = cx.span(node);
  switch (node.type) {
    case "list_comprehension":
      return { kind: "ListComp", span, elt: convertExpression(cx, body), generators };
    case "set_comprehension":
      return { kind: "SetComp", span, elt: convertExpression(cx, body), generators };
    case "generator_expression":
      return { kind: "GeneratorExp", span, elt: convertExpression(cx, body), generators };
    default:
      return {
        kind: "DictComp",
        span,
        key: convertExpression(cx, body.childForFieldName("key")!),
        value: convertExpression(cx, body.childForFieldName("value")!),
        generators,
      };
  }
}

function convertClauses(cx: ParseContext, node: SyntaxNode): ast.Comprehension[] {
  const result: ast.Comprehension[] = [];
  let current: { clause: SyntaxNode; ifs: ast.Expression[]; end: number } | undefined;
  const finish = (): void => {
    if (current !== undefined) result.push(convertForInClause(cx, current.clause, current.ifs, current.end));
  };
  for (const child of namedChildrenOf(node)) {
    if (child.type === "for_in_clause") {
      finish();
      current = { clause: child, ifs: [], end: child.endIndex };
    } else if (child.type === "if_clause" && current !== undefined) {
      // if_clause: 'if' expression
      current.ifs.push(convertExpression(cx, namedChildrenOf(child)[0]!));
      current.end = child.endIndex;
    }
  }
  finish();
  return result;
}

// for_in_clause: ['async'] 'for' targets 'in' expression (',' expression)* [',']
function convertForInClause(cx: ParseContext, clause: SyntaxNode, ifs: ast.Expression[], end: number): ast.Comprehension {
  const isAsync = childrenOf(clause).some((c) => c.type === "async");
  if (isAsync && cx.isPy2) cx.dialectError("invalid syntax", "'async for'", clause);
  const rights = clause.childrenForFieldName("right").filter((c) => c.isNamed && c.type !== "comment");
  const commas = clause.childrenForFieldName("right").filter((c) => c.type === ",");
  let iter: ast.Expression;
  if (rights.length === 1 && commas.length === 0) {
    iter = convertExpression(cx, rights[0]!);
  } else {
    // Python 2 reads `[x for x in 1, 2]` as iterating a tuple; Python 3 refuses it.
    if (!cx.isPy2) cx.syntaxError("invalid syntax", commas[0] ?? rights[1]!);
    const start = cx.span(rights[0]!).start;
    const last = commas.length > 0 && commas[commas.length - 1]!.endIndex > rights[rights.length - 1]!.endIndex ? commas[commas.length - 1]! : rights[rights.length - 1]!;
    iter = { kind: "Tuple", span: { start, end: cx.span(last).end }, elts: rights.map((r) => convertExpression(cx, r)), ctx: "Load" };
  }
  return {
    kind: "comprehension",
    span: { start: cx.span(clause).start, end: end + cx.offset },
    target: convertTarget(cx, clause.childForFieldName("left")!, "Store", "for"),
    iter,
    ifs,
    isAsync,
  };
}
