// Structural invariants of a parsed tree, for tests (compare pyright's testWalker):
// every child's span lies inside its parent's, and siblings come in source order
// without overlapping.

import type * as ast from "./ast.js";
import { forEachChild } from "./forEachChild.js";

/** Every violation found under `root`, as readable lines; empty when the tree is sound. */
export function checkTree(root: ast.Node, text: string): string[] {
  const problems: string[] = [];
  const show = (n: ast.Node): string => `${n.kind}[${n.span.start},${n.span.end}] ${JSON.stringify(text.slice(n.span.start, n.span.end).slice(0, 40))}`;
  const visit = (node: ast.Node): void => {
    if (node.span.start > node.span.end || node.span.start < 0 || node.span.end > text.length) problems.push(`bad span: ${show(node)}`);
    let previous: ast.Node | undefined;
    const children: ast.Node[] = [];
    forEachChild(node, (child) => children.push(child));
    for (const child of children) {
      if (child.span.start < node.span.start || child.span.end > node.span.end) {
        problems.push(`${show(child)} is outside its parent ${show(node)}`);
      }
      if (previous !== undefined && child.span.start < previous.span.end) {
        problems.push(`${show(child)} starts before its previous sibling ${show(previous)} ends`);
      }
      previous = child;
      visit(child);
    }
  };
  visit(root);
  return problems;
}
