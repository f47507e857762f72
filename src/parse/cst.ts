// The tree-sitter side of the parse stage: one shared parser for tree-sitter-python
// and small helpers for reading its concrete syntax tree (CST). Offsets from the
// node binding are UTF-16 code units of the JavaScript string we pass in, the
// same unit as ast.ts Span, so no conversion is needed (tested in spans.test.ts).

import Parser from "tree-sitter";
import Python from "tree-sitter-python";

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

let sharedParser: Parser | undefined;

export function parseCst(text: string): Tree {
  if (sharedParser === undefined) {
    sharedParser = new Parser();
    sharedParser.setLanguage(Python as unknown as Parser.Language);
  }
  // The binding reads a string in chunks; a large buffer avoids many small reads.
  return sharedParser.parse(text, undefined, { bufferSize: Math.max(1024, text.length * 2 + 16) });
}

/** Named children that are not comments (comments are extras and can sit anywhere). */
export function namedChildrenOf(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child) => child.type !== "comment" && child.type !== "line_continuation");
}

/** All children, anonymous tokens included, except comments. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((child) => child.type !== "comment" && child.type !== "line_continuation");
}

/** The one child under `field`; a missing required field is a syntax error reported elsewhere. */
export function fieldChild(node: SyntaxNode, field: string): SyntaxNode | null {
  return node.childForFieldName(field);
}

/** The first anonymous child token with the given text, if any. */
export function findToken(node: SyntaxNode, token: string): SyntaxNode | null {
  for (const child of node.children) if (!child.isNamed && child.type === token) return child;
  return null;
}

export function hasToken(node: SyntaxNode, token: string): boolean {
  return findToken(node, token) !== null;
}

/** The leftmost leaf under `node` (its first token). */
export function firstLeaf(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.childCount > 0) current = current.child(0)!;
  return current;
}
