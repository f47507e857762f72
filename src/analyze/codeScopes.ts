// The Python code objects of a module with their line ranges, for tracebacks: a
// JavaScript stack frame gives a function name and a Python line (through the
// source map), and CPython names frames by code object (`<module>`, `worker`,
// `<lambda>`, `<listcomp>`). A frame whose JavaScript name is a def's keeps it; an
// anonymous one (an arrow, a comprehension's function) is the innermost lambda or
// comprehension on its line. `py2ts-mp run` ships this table in the source map.

import type * as ast from "../parse/ast.js";
import { walk } from "../parse/forEachChild.js";

/**
 * `def`: a def (named); `class`: a class (its JavaScript constructor frame is not a Python frame); `lambda`/`comp`: a code object CPython names
 * `<lambda>`, `<listcomp>`, ...; `inline`: a Python 2 list comprehension, which runs
 * in its enclosing frame (the translation's own frame for it is not shown).
 */
export type CodeScopeKind = "def" | "class" | "lambda" | "comp" | "inline";

/** [kind, name, first line, last line, start offset, end offset] (1-based lines; offsets order nested scopes on one line). */
export type CodeScope = readonly [CodeScopeKind, string, number, number, number, number];

export function codeScopes(module: ast.Module, lineOf: (offset: number) => number): CodeScope[] {
  const scopes: CodeScope[] = [];
  const add = (kind: CodeScopeKind, name: string, node: ast.Node): void => {
    scopes.push([kind, name, lineOf(node.span.start), lineOf(Math.max(node.span.start, node.span.end - 1)), node.span.start, node.span.end]);
  };
  walk(module, (node) => {
    switch (node.kind) {
      case "FunctionDef":
        add("def", node.name.name, node);
        break;
      case "ClassDef":
        add("class", node.name.name, node);
        break;
      case "Lambda":
        add("lambda", "<lambda>", node);
        break;
      case "ListComp":
        if (module.dialect === "py2") add("inline", "", node);
        else add("comp", "<listcomp>", node);
        break;
      case "SetComp":
        add("comp", "<setcomp>", node);
        break;
      case "DictComp":
        add("comp", "<dictcomp>", node);
        break;
      case "GeneratorExp":
        add("comp", "<genexpr>", node);
        break;
      default:
        break;
    }
  });
  return scopes;
}
