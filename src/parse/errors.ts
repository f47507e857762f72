// tree-sitter's error recovery -> located diagnostics. tree-sitter never fails: it
// wraps what it could not parse in ERROR nodes and inserts zero-width MISSING nodes
// for tokens it expected. Each becomes one diagnostic pointing at the offending
// token; converters meeting an ERROR node get a placeholder expression.

import { createDiagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { firstLeaf, type SyntaxNode } from "./cst.js";

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
    for (const child of node.children) if (child.hasError || child.isMissing) visit(child);
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
