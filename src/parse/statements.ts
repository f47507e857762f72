// CST -> AST for simple statements (expression statements, assignments, imports,
// return/raise/del/assert/global/nonlocal, ...) and the statement dispatch.
// Compound statements are in compound.ts, Python 2's print/exec in py2.ts.

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, namedChildrenOf, type SyntaxNode } from "./cst.js";
import {
  binaryOperatorOf,
  convertExpression,
  convertExpressionOrList,
  convertIdentifier,
  convertYield,
} from "./expressions.js";
import { convertType } from "./annotations.js";
import { convertTarget, expressionName as expressionNameOf, toTarget, type TargetKind } from "./targets.js";
import { convertCompoundStatement } from "./compound.js";
import { convertExecStatement, convertKeywordStatement, convertPrintStatement, findKeywordStatements } from "./py2.js";
import { convertFutureImport } from "./future.js";

/** Converts the statements of a module or block, skipping comments and ERROR nodes. */
export function convertStatements(cx: ParseContext, nodes: readonly SyntaxNode[]): ast.Stmt[] {
  const result: ast.Stmt[] = [];
  const keywordStatements = findKeywordStatements(cx, nodes);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const keywordStatement = keywordStatements.get(i);
    if (keywordStatement !== undefined) {
      result.push(convertKeywordStatement(cx, node, nodes[keywordStatement.last]!, keywordStatement.keyword));
      i = keywordStatement.last;
      continue;
    }
    if (!node.isNamed || node.type === "comment" || node.type === "ERROR" || node.type === "line_continuation" || node.isMissing) continue;
    checkSeparated(cx, nodes[i - 1], node);
    result.push(convertStatement(cx, node));
  }
  return result;
}

// tree-sitter accepts two statements on one line with nothing between them
// (`x = f"a" y = 1`), and a simple statement running on into the next logical line
// (`x = # comment` then `[1]`); Python needs a newline or ';' between statements and
// ends a simple statement at the end of its logical line.
function checkSeparated(cx: ParseContext, previous: SyntaxNode | undefined, node: SyntaxNode): void {
  if (node.hasError) return;
  const span = cx.span(node);
  if (previous !== undefined && previous.isNamed && previous.type !== "comment" && previous.type !== "ERROR" && !previous.hasError) {
    if (previous.endPosition.row === node.startPosition.row) {
      cx.syntaxError("invalid syntax", { start: span.start, end: span.start + 1 });
      return;
    }
  }
  if (compoundStatements.has(node.type)) return;
  const next = firstAfter(cx.logicalLineStarts, span.start);
  if (next !== undefined && next < span.end) cx.syntaxError("invalid syntax", { start: next, end: next + 1 });
}

const compoundStatements = new Set([
  "if_statement", "for_statement", "while_statement", "try_statement", "with_statement",
  "function_definition", "class_definition", "decorated_definition", "match_statement",
]);

/** The smallest value in ascending `values` greater than `offset`. */
function firstAfter(values: readonly number[], offset: number): number | undefined {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return values[lo];
}

export function convertStatement(cx: ParseContext, node: SyntaxNode): ast.Stmt {
  const span = cx.span(node);
  switch (node.type) {
    // expression_statement: expression | expression (',' expression)* [','] | assignment | augmented_assignment | yield
    case "expression_statement":
      return convertExpressionStatement(cx, node);
    // future_import_statement: 'from' '__future__' 'import' names
    case "future_import_statement":
      return convertFutureImport(cx, node);
    // import_statement: 'import' (dotted_name | aliased_import) (',' ...)*
    case "import_statement":
      return { kind: "Import", span, names: node.childrenForFieldName("name").map((n) => convertAlias(cx, n)) };
    // import_from_statement: 'from' (relative_import | dotted_name) 'import' (wildcard_import | names | '(' names ')')
    case "import_from_statement":
      return convertImportFrom(cx, node);
    // print_statement: 'print' [chevron] expressions [',']   (Python 2)
    case "print_statement":
      return convertPrintStatement(cx, node);
    // exec_statement: 'exec' (string | identifier) ['in' expression (',' expression)*]   (Python 2)
    case "exec_statement":
      return convertExecStatement(cx, node);
    // assert_statement: 'assert' expression [',' expression]
    case "assert_statement": {
      const [test, msg] = namedChildrenOf(node);
      return { kind: "Assert", span, test: convertExpression(cx, test!), msg: msg === undefined ? null : convertExpression(cx, msg) };
    }
    // return_statement: 'return' [expression | expression_list]
    case "return_statement": {
      const value = namedChildrenOf(node)[0];
      return { kind: "Return", span, value: value === undefined ? null : convertExpressionOrList(cx, value) };
    }
    // delete_statement: 'del' (expression | expression_list)
    case "delete_statement":
      return convertDelete(cx, node);
    // raise_statement: 'raise' [expression | expression_list] ['from' expression]
    case "raise_statement":
      return convertRaise(cx, node);
    // pass_statement: 'pass'   break_statement: 'break'   continue_statement: 'continue'
    case "pass_statement":
      return { kind: "Pass", span };
    case "break_statement":
      return { kind: "Break", span };
    case "continue_statement":
      return { kind: "Continue", span };
    // global_statement: 'global' identifier (',' identifier)*
    case "global_statement":
      return { kind: "Global", span, names: namedChildrenOf(node).map((n) => convertIdentifier(cx, n)) };
    // nonlocal_statement: 'nonlocal' identifier (',' identifier)*
    case "nonlocal_statement":
      if (cx.isPy2) cx.dialectError("invalid syntax", "a nonlocal statement", node);
      return { kind: "Nonlocal", span, names: namedChildrenOf(node).map((n) => convertIdentifier(cx, n)) };
    // type_alias_statement: 'type' type '=' type
    case "type_alias_statement":
      return convertTypeAlias(cx, node);
    default:
      return convertCompoundStatement(cx, node);
  }
}

function convertExpressionStatement(cx: ParseContext, node: SyntaxNode): ast.Stmt {
  const span = cx.span(node);
  const children = childrenOf(node);
  const named = children.filter((c) => c.isNamed && c.type !== "ERROR");
  if (named.length === 1 && children.length === 1) {
    const only = named[0]!;
    if (only.type === "assignment") return convertAssignment(cx, only, span);
    if (only.type === "augmented_assignment") return convertAugmentedAssignment(cx, only, span);
    if (only.type === "yield") return { kind: "Expr", span, value: convertYield(cx, only) };
    return { kind: "Expr", span, value: convertExpression(cx, only) };
  }
  // `a, b` or `a,`: a tuple without parentheses.
  const elts = named.map((child) => (child.type === "list_splat" ? convertStarredElement(cx, child) : convertExpression(cx, child)));
  return { kind: "Expr", span, value: { kind: "Tuple", span, elts, ctx: "Load" } };
}

function convertStarredElement(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const value = convertExpression(cx, namedChildrenOf(node)[0]!);
  return { kind: "Starred", span: cx.span(node), value, ctx: "Load" };
}

// assignment: targets ('=' right | ':' type | ':' type '=' right), where right may be
// another assignment (`a = b = 1`), which CPython flattens into one Assign.
function convertAssignment(cx: ParseContext, node: SyntaxNode, span: ast.Span): ast.Stmt {
  const type = node.childForFieldName("type");
  if (type !== null) return convertAnnotatedAssignment(cx, node, type, span);
  const targetNodes: SyntaxNode[] = [node.childForFieldName("left")!];
  let right = node.childForFieldName("right")!;
  while (right.type === "assignment" && right.childForFieldName("type") === null && right.childForFieldName("right") !== null) {
    targetNodes.push(right.childForFieldName("left")!);
    right = right.childForFieldName("right")!;
  }
  if (right.type === "assignment" || right.type === "augmented_assignment") cx.syntaxError("invalid syntax", right);
  const value = convertRightHandSide(cx, right);
  const kind: TargetKind = targetNodes.length === 1 && hintableValue(value) ? "assignHinted" : "assign";
  const targets = targetNodes.map((t) => convertTarget(cx, t, "Store", kind));
  return { kind: "Assign", span, targets, value };
}

/** CPython's "Maybe you meant '=='" hint only fires when the value starts like an operand. */
function hintableValue(value: ast.Expression): boolean {
  if (value.kind === "Tuple" && value.elts[0]?.kind === "Starred") return false;
  return !["Yield", "YieldFrom", "Lambda", "Starred"].includes(value.kind) && !(value.kind === "UnaryOp" && value.op === "Not");
}

function convertRightHandSide(cx: ParseContext, node: SyntaxNode): ast.Expression {
  if (node.type === "yield") return convertYield(cx, node);
  if (node.type === "assignment" || node.type === "augmented_assignment") {
    return convertExpression(cx, node.childForFieldName("right") ?? node.childForFieldName("left")!);
  }
  return convertExpressionOrList(cx, node);
}

// `x: int = 1` — `simple` is 1 only for a bare, unparenthesized name target.
function convertAnnotatedAssignment(cx: ParseContext, node: SyntaxNode, type: SyntaxNode, span: ast.Span): ast.Stmt {
  if (cx.isPy2) cx.dialectError("invalid syntax", "a variable annotation", type);
  const left = node.childForFieldName("left")!;
  const right = node.childForFieldName("right");
  const target = convertExpression(cx, left);
  if (target.kind === "Tuple" || target.kind === "List") {
    cx.syntaxError(`only single target (not ${target.kind === "Tuple" ? "tuple" : "list"}) can be annotated`, target.span);
  } else if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
    cx.syntaxError("illegal target for annotation", target.span);
  }
  const simple = left.type === "identifier";
  return {
    kind: "AnnAssign",
    span,
    target: target.kind === "Name" || target.kind === "Attribute" || target.kind === "Subscript" ? toTarget(cx, target, "Store", "assign") : target,
    annotation: convertType(cx, type),
    value: right === null ? null : convertRightHandSide(cx, right),
    simple,
  };
}

// augmented_assignment: targets ('+=' | '-=' | ...) right
function convertAugmentedAssignment(cx: ParseContext, node: SyntaxNode, span: ast.Span): ast.Stmt {
  const operator = node.childForFieldName("operator")!;
  const op = binaryOperatorOf(operator.type.slice(0, -1))!;
  const right = node.childForFieldName("right")!;
  if (right.type === "assignment" || right.type === "augmented_assignment") cx.syntaxError("invalid syntax", right);
  if (op === "MatMult" && cx.isPy2) cx.dialectError("invalid syntax", "the '@=' operator", operator);
  const target = convertExpression(cx, node.childForFieldName("left")!);
  if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
    cx.syntaxError(`'${expressionNameOf(target)}' is an illegal expression for augmented assignment`, target.span);
  }
  return {
    kind: "AugAssign",
    span,
    target: target.kind === "Name" || target.kind === "Attribute" || target.kind === "Subscript" ? { ...target, ctx: "Store" } : target,
    op,
    value: convertRightHandSide(cx, right),
  };
}

// dotted_name: identifier ('.' identifier)*   aliased_import: dotted_name 'as' identifier
export function convertAlias(cx: ParseContext, node: SyntaxNode): ast.Alias {
  if (node.type === "aliased_import") {
    const name = node.childForFieldName("name")!;
    return { kind: "alias", span: cx.span(node), name: dottedText(name), asname: convertIdentifier(cx, node.childForFieldName("alias")!) };
  }
  return { kind: "alias", span: cx.span(node), name: dottedText(node), asname: null };
}

export function dottedText(node: SyntaxNode): string {
  return namedChildrenOf(node)
    .map((part) => part.text.normalize("NFKC"))
    .join(".");
}

function convertImportFrom(cx: ParseContext, node: SyntaxNode): ast.ImportFrom {
  const moduleNode = node.childForFieldName("module_name")!;
  let module: string | null;
  let level = 0;
  if (moduleNode.type === "relative_import") {
    // relative_import: import_prefix [dotted_name]
    const [prefix, dotted] = namedChildrenOf(moduleNode);
    level = prefix!.text.length;
    module = dotted === undefined ? null : dottedText(dotted);
  } else {
    module = dottedText(moduleNode);
  }
  const wildcard = namedChildrenOf(node).find((c) => c.type === "wildcard_import");
  const names = wildcard !== undefined
    ? [{ kind: "alias" as const, span: cx.span(wildcard), name: "*", asname: null }]
    : node.childrenForFieldName("name").map((n) => convertAlias(cx, n));
  return { kind: "ImportFrom", span: cx.span(node), module, names, level };
}

// `del a, b` has two targets; `del (a, b)` one tuple target, as in CPython.
function convertDelete(cx: ParseContext, node: SyntaxNode): ast.Delete {
  const operand = namedChildrenOf(node)[0]!;
  const parts = operand.type === "expression_list" ? namedChildrenOf(operand) : [operand];
  return { kind: "Delete", span: cx.span(node), targets: parts.map((p) => convertTarget(cx, p, "Del", "del")) };
}

// Python 2's `raise E, V, T` is an unparenthesized tuple after `raise`.
function convertRaise(cx: ParseContext, node: SyntaxNode): ast.Raise {
  const causeNode = node.childForFieldName("cause");
  const operand = namedChildrenOf(node).find((c) => c !== causeNode && c.startIndex !== causeNode?.startIndex);
  let exc: ast.Expression | null = null;
  let py2Value: ast.Expression | null = null;
  let py2Traceback: ast.Expression | null = null;
  if (operand?.type === "expression_list") {
    const parts = namedChildrenOf(operand);
    if (!cx.isPy2) {
      const comma = childrenOf(operand).find((c) => c.type === ",")!;
      cx.dialectError("invalid syntax", "'raise E, V'", comma);
    } else if (parts.length > 3 || parts.length < 2) {
      cx.syntaxError("invalid syntax", operand);
    }
    [exc, py2Value = null, py2Traceback = null] = parts.map((p) => convertExpression(cx, p));
  } else if (operand !== undefined) {
    exc = convertExpression(cx, operand);
  }
  if (causeNode !== null && cx.isPy2) cx.dialectError("invalid syntax", "'raise ... from'", causeNode);
  const cause = causeNode === null ? null : convertExpression(cx, causeNode);
  return { kind: "Raise", span: cx.span(node), exc: exc ?? null, cause, py2Value, py2Traceback };
}

// type_alias_statement: 'type' type '=' type — Python 3.12 syntax.
function convertTypeAlias(cx: ParseContext, node: SyntaxNode): ast.TypeAlias {
  cx.syntaxError("invalid syntax", node);
  const left = node.childForFieldName("left")!;
  const inner = namedChildrenOf(left)[0]!;
  const nameNode = inner.type === "generic_type" ? namedChildrenOf(inner)[0]! : inner;
  return {
    kind: "TypeAlias",
    span: cx.span(node),
    name: { kind: "Name", span: cx.span(nameNode), id: nameNode.text, ctx: "Store" },
    typeParams: [],
    value: convertType(cx, node.childForFieldName("right")!),
  };
}
