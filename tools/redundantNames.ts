// Removes esbuild's redundant `__name(...)` wrappers from the runtime bundle. With
// keepNames, esbuild wraps every function expression in `__name(fn, "n")`, which
// redefines `fn.name` each time the expression is evaluated: a closure made in a hot
// runtime function (percentFormat's nextArg) then costs an Object.defineProperty and
// a map change per call, measured at ~40% of bench/cpu's string building. Where the
// engine already gives the function that same name, the wrapper is dropped; where
// esbuild renamed a symbol (`var pad2 = __name(..., "pad")`) it stays.

import ts from "typescript";

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The bundle's text without the `__name` calls that change nothing. */
export function dropRedundantNames(code: string): string {
  const file = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    const named = nameCall(node);
    if (named !== null) {
      const [fn, name] = named;
      // `const nextArg = () => ...` and `{ encode: (b) => ... }` are named by the engine.
      if (isAnonymousFunction(fn) && inferredName(node.parent) === name) {
        edits.push({ start: node.getStart(file), end: node.end, text: fn.getText(file) });
      }
      // `function finish() {}` followed by `__name(finish, "finish");`
      if (ts.isIdentifier(fn) && fn.text === name && ts.isExpressionStatement(node.parent)) {
        edits.push({ start: node.parent.getStart(file), end: node.parent.end, text: "" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Edits never overlap once nested ones are skipped: apply outermost first, back to front.
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  for (const edit of edits) if (kept.length === 0 || edit.start >= kept[kept.length - 1]!.end) kept.push(edit);
  let out = code;
  for (const edit of kept.reverse()) {
    const inner = edits.filter((e) => e !== edit && e.start >= edit.start && e.end <= edit.end);
    const replacement = inner.length > 0 ? dropRedundantNames(edit.text) : edit.text;
    out = out.slice(0, edit.start) + replacement + out.slice(edit.end);
  }
  return out;
}

function nameCall(node: ts.Node): [ts.Expression, string] | null {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "__name") return null;
  const [fn, name] = node.arguments;
  if (fn === undefined || name === undefined || !ts.isStringLiteral(name) || node.arguments.length !== 2) return null;
  return [fn, name.text];
}

function isAnonymousFunction(node: ts.Expression): boolean {
  return ts.isArrowFunction(node) || (ts.isFunctionExpression(node) && node.name === undefined);
}

function inferredName(parent: ts.Node): string | null {
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))) return parent.name.text;
  return null;
}
