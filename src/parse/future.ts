// `from __future__ import ...`: the features change how the rest of the file parses
// (print_function, unicode_literals, barry_as_FLUFL), so index.ts collects them
// before converting anything; here they also become ImportFrom nodes and CPython's
// compile-time checks (unknown feature, future import not at the top).

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertAlias } from "./statements.js";

const py3Features = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);
const py2Features = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals",
]);

/** The future_import_statements CPython accepts: only a docstring may come before them. */
export function leadingFutureImports(module: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  let first = true;
  for (const node of namedChildrenOf(module)) {
    if (node.type === "future_import_statement") result.push(node);
    else if (!(first && isDocstring(node))) break;
    first = false;
  }
  return result;
}

function isDocstring(node: SyntaxNode): boolean {
  const only = node.type === "expression_statement" && node.namedChildCount === 1 ? node.namedChildren[0]! : null;
  return only !== null && (only.type === "string" || only.type === "concatenated_string") && only.firstChild?.firstChild?.text !== "`";
}

/** The feature names of one future import (`from __future__ import a, b as c` -> a, b). */
export function futureNames(node: SyntaxNode): string[] {
  return node.childrenForFieldName("name").map((n) => (n.type === "aliased_import" ? n.childForFieldName("name")!.text : n.text));
}

// future_import_statement: 'from' '__future__' 'import' (names | '(' names ')')
export function convertFutureImport(cx: ParseContext, node: SyntaxNode): ast.ImportFrom {
  const known = cx.isPy2 ? py2Features : py3Features;
  const leading = cx.offset === 0 && node.parent !== null && leadingFutureImports(node.parent).some((n) => n.startIndex === node.startIndex);
  if (!leading && node.parent?.type === "module") {
    cx.syntaxError("from __future__ imports must occur at the beginning of the file", node);
  } else if (node.parent?.type !== "module") {
    cx.syntaxError("from __future__ imports must occur at the beginning of the file", node);
  }
  for (const name of node.childrenForFieldName("name")) {
    const feature = name.type === "aliased_import" ? name.childForFieldName("name")!.text : name.text;
    if (feature === "braces") cx.syntaxError("not a chance", name);
    else if (!known.has(feature)) cx.syntaxError(`future feature ${feature} is not defined`, name);
  }
  return {
    kind: "ImportFrom",
    span: cx.span(node),
    module: "__future__",
    names: node.childrenForFieldName("name").map((n) => convertAlias(cx, n)),
    level: 0,
  };
}
