// tree-sitter's error recovery -> located diagnostics. tree-sitter never fails: it
// wraps what it could not parse in ERROR nodes and inserts zero-width MISSING nodes
// for tokens it expected. Each becomes one diagnostic pointing at the offending
// token; converters meeting an ERROR node get a placeholder expression.

import { createDiagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, firstLeaf, type SyntaxNode } from "./cst.js";
import { convertExpression } from "./expressions.js";
import { expressionName, toTarget } from "./targets.js";
import { findKeywordStatements } from "./py2.js";

/** Reports every ERROR and MISSING node under `root` (not descending into ERROR nodes). */
export function reportTreeErrors(cx: ParseContext, root: SyntaxNode): void {
  if (!root.hasError) return;
  const visit = (node: SyntaxNode): void => {
    if (node.isMissing) {
      reportMissing(cx, node);
      return;
    }
    if (node.type === "ERROR") {
      reportError(cx, node);
      return;
    }
    const children = node.children;
    // Python 2 print/exec statements are re-read from their text, which reports its own errors.
    const reread = node.type === "module" || node.type === "block" ? findKeywordStatements(cx, children) : new Map();
    for (let i = 0; i < children.length; i++) {
      const statement = reread.get(i);
      if (statement !== undefined) i = statement.last;
      else if (children[i]!.hasError || children[i]!.isMissing) visit(children[i]!);
    }
  };
  visit(root);
}

// A MISSING node names the token tree-sitter inserted: `expected ')'`. Hidden rules
// (`_newline`) and named tokens (identifier) have no useful spelling for a reader.
function reportMissing(cx: ParseContext, node: SyntaxNode): void {
  const at = cx.span(node);
  const span = { start: at.start, end: at.start };
  if (!node.isNamed && !node.type.startsWith("_")) {
    cx.sink.report(createDiagnostic(messages.missingToken, span, { token: node.type }));
  } else {
    cx.syntaxError("invalid syntax", pointAt(cx, node));
  }
}

function reportError(cx: ParseContext, node: SyntaxNode): void {
  if (explainAssignmentError(cx, node)) return;
  const leaf = node.childCount === 0 ? node : firstLeaf(node);
  const token = leaf.text;
  if (node.parent?.type === "argument_list" && node.namedChildCount > 0) {
    cx.syntaxError("invalid syntax. Perhaps you forgot a comma?", node);
    return;
  }
  const detail = token.length > 0 && token.length <= 20 ? `unexpected '${token}'` : "invalid syntax";
  cx.sink.report(createDiagnostic(messages.syntaxError, pointAt(cx, leaf), { detail }));
}

/** A zero-width node (MISSING) is reported on the character it sits before. */
function pointAt(cx: ParseContext, node: SyntaxNode): ast.Span {
  const span = cx.span(node);
  return span.end > span.start ? span : { start: span.start, end: Math.min(span.start + 1, cx.fileText.length) };
}

/** A converter met a node it cannot convert (ERROR, or a type its slot never holds). */
export function reportUnexpected(cx: ParseContext, node: SyntaxNode): ast.Name {
  if (node.type !== "ERROR" && !node.hasError) cx.syntaxError("invalid syntax", node);
  return { kind: "Name", span: cx.span(node), id: "", ctx: "Load" };
}

// tree-sitter cannot parse an invalid target (`f() = 1`, `a, 1 = x`, `1 += x`), so it
// wraps the target and its '=' in an ERROR node. Re-reading that target gives
// CPython's message ("cannot assign to function call here. Maybe you meant '=='
// instead of '='?") instead of a bare "invalid syntax". Returns whether it reported.
function explainAssignmentError(cx: ParseContext, node: SyntaxNode): boolean {
  const parts = childrenOf(node);
  const last = parts[parts.length - 1];
  const before = cx.sink.items.length;
  if (parts.length === 1 && last?.type === "=" && node.parent?.type === "binary_operator") {
    // `1 += x`: tree-sitter read `1 +` then an ERROR '='.
    const target = convertExpression(cx, node.parent.childForFieldName("left")!);
    if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
      cx.syntaxError(`'${expressionName(target)}' is an illegal expression for augmented assignment`, target.span);
    }
    return cx.sink.items.length > before;
  }
  const previous = node.previousSibling;
  if (parts[0]?.type === "=" && previous?.type === "expression_statement" && previous.firstNamedChild?.type === "assignment") {
    // `x = f() = 1` read as the statement `x = f()` then an ERROR `= 1`.
    let right = previous.firstNamedChild.childForFieldName("right");
    while (right?.type === "assignment") right = right.childForFieldName("right");
    if (right !== null && right !== undefined) toTarget(cx, convertExpression(cx, right), "Store", "assign");
    return cx.sink.items.length > before;
  }
  if (last?.type !== "=" || parts.length < 2 || !parts.slice(0, -1).every((p) => p.isNamed || p.type === ",")) return false;
  // Elements of an unparenthesized tuple target before the ERROR belong to it: `a, f() = 1`.
  const leading = node.parent?.type === "expression_statement" ? childrenOf(node.parent).filter((c) => c.endIndex <= node.startIndex) : [];
  const elements = [...leading, ...parts.slice(0, -1)].filter((p) => p.isNamed).map((p) => convertExpression(cx, p));
  const isTuple = elements.length > 1 || parts.length > 2 || leading.length > 0;
  const target: ast.Expression = isTuple
    ? { kind: "Tuple", span: { start: elements[0]!.span.start, end: elements[elements.length - 1]!.span.end }, elts: elements, ctx: "Load" }
    : elements[0]!;
  const next = node.nextSibling;
  const chained = node.parent?.type === "assignment" || next?.type === "assignment" || next?.firstNamedChild?.type === "assignment";
  toTarget(cx, target, "Store", chained ? "assign" : "assignHinted");
  return cx.sink.items.length > before;
}
