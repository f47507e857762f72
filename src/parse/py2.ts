// Python 2 statements and expressions: `print` (the statement, and CPython 2's
// reading of `print(...)` as a statement printing a parenthesized expression),
// `exec code in globals, locals`, and backticks (repr). In a Python 3 file each
// becomes CPython 3's error or, for `print >>f, x`, CPython 3's odd but valid reading.

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, firstLeaf, namedChildrenOf, parseCst, type SyntaxNode } from "./cst.js";
import { reportTreeErrors } from "./errors.js";
import { convertExpression } from "./expressions.js";

/**
 * Parses file text [start, end) on its own (a py2 `print` statement's arguments, a
 * backtick's expression) and returns its only expression statement, or null after
 * reporting CPython 2's "invalid syntax".
 */
function parseFragment(
  cx: ParseContext,
  start: number,
  end: number,
  at: ast.Span,
  /** Replaces the fragment's first characters (same length, so offsets hold). */
  prefix = "",
): { cx: ParseContext; statement: SyntaxNode } | null {
  while (start < end && /\s|\\/.test(cx.fileText[start]!)) start++;
  const fragment = cx.withOffset(start);
  const root = parseCst(prefix + cx.fileText.slice(start + prefix.length, end)).rootNode;
  if (root.hasError) {
    reportTreeErrors(fragment, root);
    return null;
  }
  const statements = namedChildrenOf(root);
  if (statements.length !== 1 || statements[0]!.type !== "expression_statement") {
    cx.syntaxError("invalid syntax", at);
    return null;
  }
  return { cx: fragment, statement: statements[0]! };
}

// print_statement: 'print' chevron (',' expression)* [','] | 'print' expression (',' expression)* [',']
// chevron: '>>' expression
export function convertPrintStatement(cx: ParseContext, node: SyntaxNode): ast.Stmt {
  const chevron = namedChildrenOf(node).find((c) => c.type === "chevron");
  const dest = chevron === undefined ? null : convertExpression(cx, namedChildrenOf(chevron)[0]!);
  const values = node.childrenForFieldName("argument").map((a) => convertExpression(cx, a));
  const nl = childrenOf(node).pop()?.type !== ",";
  if (!cx.isPy2) return printStatementInPy3(cx, node, dest, values);
  if (cx.printIsFunction) cx.syntaxError("invalid syntax", node);
  return { kind: "Print", span: cx.span(node), dest, values, nl };
}

// CPython 3 reads `print >>f, x` as the tuple `(print >> f, x)`; any other print
// statement is its "Missing parentheses" error.
function printStatementInPy3(cx: ParseContext, node: SyntaxNode, dest: ast.Expression | null, values: ast.Expression[]): ast.Stmt {
  const printName: ast.Name = { kind: "Name", span: cx.span(node.firstChild!), id: "print", ctx: "Load" };
  const span = cx.span(node);
  if (dest === null) {
    cx.dialectError("Missing parentheses in call to 'print'. Did you mean print(...)?", "a print statement", node);
    return { kind: "Expr", span, value: { kind: "Call", span, func: printName, args: values, keywords: [] } };
  }
  // Re-read the line as an expression with `print` as a plain name, so operators after
  // the chevron associate as CPython 3 does: `print >>a >> b` is `(print >> a) >> b`.
  const placeholder = "_".repeat("print".length);
  const fragment = parseFragment(cx, span.start, span.end, span, placeholder);
  if (fragment === null) return { kind: "Pass", span };
  fragment.cx.nameOverride = { offset: span.start, id: "print" };
  const children = childrenOf(fragment.statement);
  const expressions = children.filter((c) => c.isNamed).map((c) => convertExpression(fragment.cx, c));
  const value: ast.Expression =
    expressions.length === 1 && children.length === 1 ? expressions[0]! : { kind: "Tuple", span, elts: expressions, ctx: "Load" };
  return { kind: "Expr", span, value };
}

/** A Python 2 statement that begins with the `print` or `exec` keyword, re-read from its text. */
export interface KeywordStatement {
  readonly keyword: "print" | "exec";
  /** Index of the last sibling it covers: tree-sitter may split one line into statements. */
  readonly last: number;
}

/**
 * Finds, among a block's children, the Python 2 `print`/`exec` statements whose text
 * must be re-read: ones tree-sitter parsed as expressions (`print("a", "b")`,
 * `exec(code) in ns`), and `exec`/`print` statements it cut short with a MISSING
 * newline (`exec compile(s, "f", "exec") in ns`). Keyed by the first child's index.
 */
export function findKeywordStatements(cx: ParseContext, nodes: readonly SyntaxNode[]): Map<number, KeywordStatement> {
  const found = new Map<number, KeywordStatement>();
  if (!cx.isPy2) return found;
  for (let i = 0; i < nodes.length; i++) {
    const keyword = statementKeyword(cx, nodes[i]!);
    if (keyword === null) continue;
    let last = i;
    // tree-sitter ends `exec compile(s) in ns` after `exec compile` (an invisible MISSING
    // newline) and starts another statement on the same line; that one belongs here.
    while (nodes[last + 1]?.isNamed && nodes[last + 1]!.type !== "comment" && nodes[last + 1]!.startPosition.row === nodes[last]!.endPosition.row) last++;
    if (last > i || nodes[i]!.type === "expression_statement") found.set(i, { keyword, last });
    i = last;
  }
  return found;
}

function statementKeyword(cx: ParseContext, node: SyntaxNode): "print" | "exec" | null {
  if (node.type === "exec_statement") return "exec";
  if (node.type === "print_statement") return cx.printIsFunction ? null : "print";
  if (node.type !== "expression_statement") return null;
  const leaf = firstLeaf(node);
  if (leaf.type !== "identifier" || leaf.startIndex !== node.startIndex) return null;
  if (leaf.text === "exec") return "exec";
  return leaf.text === "print" && !cx.printIsFunction ? "print" : null;
}

/** Converts a statement found by findKeywordStatements, from the keyword to the end of `last`. */
export function convertKeywordStatement(cx: ParseContext, first: SyntaxNode, last: SyntaxNode, keyword: "print" | "exec"): ast.Stmt {
  const span = cx.spanFrom(first, last);
  const restStart = cx.span(first).start + keyword.length;
  return keyword === "print" ? convertPrintRest(cx, span, restStart) : convertExecRest(cx, span, restStart);
}

// In Python 2 `print("a", "b")` is the print statement applied to the tuple ("a", "b"),
// and `print(x).y` prints x.y: everything after the keyword is the statement's argument
// list. tree-sitter read it as an expression, so the text after `print` is re-read.
function convertPrintRest(cx: ParseContext, span: ast.Span, restStart: number): ast.Print {
  if (restStart >= span.end) return { kind: "Print", span, dest: null, values: [], nl: true };
  const fragment = parseFragment(cx, restStart, span.end, span);
  if (fragment === null) return { kind: "Print", span, dest: null, values: [], nl: true };
  const children = childrenOf(fragment.statement);
  const expressions = children.filter((c) => c.isNamed);
  const simple = expressions.every((e) => !["assignment", "augmented_assignment", "yield"].includes(e.type));
  if (!simple) cx.syntaxError("invalid syntax", span);
  return {
    kind: "Print",
    span,
    dest: null,
    values: expressions.map((e) => convertExpression(fragment.cx, e)),
    nl: children[children.length - 1]?.type !== ",",
  };
}

// exec_statement: 'exec' (string | identifier) ['in' expression (',' expression)*]
export function convertExecStatement(cx: ParseContext, node: SyntaxNode): ast.Stmt {
  const code = convertExpression(cx, node.childForFieldName("code")!);
  const scopes = namedChildrenOf(node).filter((c) => c.startIndex > node.childForFieldName("code")!.startIndex);
  const span = cx.span(node);
  if (!cx.isPy2) {
    cx.dialectError("Missing parentheses in call to 'exec'. Did you mean exec(...)?", "an exec statement", node);
    const func: ast.Name = { kind: "Name", span: cx.span(node.firstChild!), id: "exec", ctx: "Load" };
    return { kind: "Expr", span, value: { kind: "Call", span, func, args: [code], keywords: [] } };
  }
  if (scopes.length > 2) cx.syntaxError("invalid syntax", scopes[2]!);
  const [globals, locals] = scopes.map((s) => convertExpression(cx, s));
  return makeExec(span, code, globals ?? null, locals ?? null);
}

// `exec(code)` / `exec(code, g)` in Python 2 is the exec statement on a parenthesized
// expression; CPython 2 unpacks a 2- or 3-tuple into code, globals, locals.
function convertExecRest(cx: ParseContext, span: ast.Span, restStart: number): ast.Stmt {
  const fragment = parseFragment(cx, restStart, span.end, span);
  const expressions = fragment === null ? [] : namedChildrenOf(fragment.statement).map((e) => convertExpression(fragment!.cx, e));
  const [body, locals] = expressions;
  const inClause = body?.kind === "Compare" && body.ops[0] === "In";
  if (body === undefined || expressions.length > 2 || (locals !== undefined && !inClause)) {
    if (fragment !== null) cx.syntaxError("invalid syntax", span);
    return { kind: "Pass", span };
  }
  if (body.kind === "Compare" && inClause) {
    // `exec code in g, l` — the `in` belongs to the statement, not to a comparison.
    const globals: ast.Expression =
      body.ops.length === 1
        ? body.comparators[0]!
        : { kind: "Compare", span: { start: body.comparators[0]!.span.start, end: body.span.end }, left: body.comparators[0]!, ops: body.ops.slice(1), comparators: body.comparators.slice(1) };
    return makeExec(span, body.left, globals, locals ?? null);
  }
  return makeExec(span, body, null, null);
}

function makeExec(span: ast.Span, body: ast.Expression, globals: ast.Expression | null, locals: ast.Expression | null): ast.Exec {
  if (globals === null && body.kind === "Tuple" && (body.elts.length === 2 || body.elts.length === 3)) {
    return { kind: "Exec", span, body: body.elts[0]!, globals: body.elts[1]!, locals: body.elts[2] ?? null };
  }
  return { kind: "Exec", span, body, globals, locals };
}

// `expr` in backticks is repr(expr) in Python 2; tree-sitter reads it as a string.
export function convertBacktick(cx: ParseContext, node: SyntaxNode): ast.Expression {
  const span = cx.span(node);
  if (!cx.isPy2) cx.dialectError("invalid syntax", "a backtick repr expression", { start: span.start, end: span.start + 1 });
  const fragment = parseFragment(cx, span.start + 1, span.end - 1, span);
  const expressions = fragment === null ? [] : childrenOf(fragment.statement);
  if (fragment === null || expressions.length === 0) return { kind: "Repr", span, value: { kind: "Name", span, id: "", ctx: "Load" } };
  const named = expressions.filter((e) => e.isNamed);
  const value: ast.Expression =
    expressions.length === 1
      ? convertExpression(fragment.cx, named[0]!)
      : {
          kind: "Tuple",
          span: fragment.cx.spanFrom(expressions[0]!, expressions[expressions.length - 1]!),
          elts: named.map((e) => convertExpression(fragment.cx, e)),
          ctx: "Load",
        };
  return { kind: "Repr", span, value };
}
