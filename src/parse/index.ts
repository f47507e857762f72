// Entry point of the parse stage: Python source text -> typed, immutable AST
// (ast.ts) plus syntax diagnostics. tree-sitter-python parses both dialects; the
// dialect is detected per file (dialect.ts) unless the caller forces one.

import { createDiagnostic, DiagnosticSink, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type { Comment, Dialect, Module } from "./ast.js";
import { ParseContext, type DialectInfo } from "./context.js";
import { parseCst, type SyntaxNode } from "./cst.js";
import { describe, detectDialect } from "./dialect.js";
import { reportTreeErrors } from "./errors.js";
import { futureNames, leadingFutureImports } from "./future.js";
import { convertStatements } from "./statements.js";
import { checkTokens } from "./tokens.js";

export interface ParseOptions {
  /** Force a dialect instead of detecting it (`--py2` / `--py3`). */
  readonly dialect?: Dialect;
}

export interface ParseResult {
  /** Always present; when `diagnostics` has errors it must not be lowered. */
  readonly module: Module;
  readonly diagnostics: readonly Diagnostic[];
}

export function parseModule(text: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const sink = new DiagnosticSink();
  const tree = parseCst(text);
  const root = tree.rootNode;
  const dialectInfo = chooseDialect(text, tree, options, sink);
  const futures = new Set(leadingFutureImports(root).flatMap(futureNames));
  const cx = new ParseContext(text, fileName, dialectInfo, futures, sink);
  const tokens = checkTokens(cx);
  if (!tokens.failed) {
    cx.logicalLineStarts = tokens.logicalLineStarts;
    reportTreeErrors(cx, root);
  }
  // After a tokenizer error (an unclosed bracket or string) tree-sitter's recovery
  // makes shapes whose errors would only bury the real one, as CPython stops at it.
  const convertContext = tokens.failed ? new ParseContext(text, fileName, dialectInfo, futures, new DiagnosticSink()) : cx;
  const module: Module = {
    kind: "Module",
    span: { start: 0, end: text.length },
    body: convertBody(convertContext, root),
    dialect: dialectInfo.dialect,
    futureFeatures: [...futures],
    comments: collectComments(root),
  };
  return { module, diagnostics: sortDiagnostics(sink.items) };
}

function chooseDialect(text: string, tree: ReturnType<typeof parseCst>, options: ParseOptions, sink: DiagnosticSink): DialectInfo {
  if (options.dialect !== undefined) {
    return { dialect: options.dialect, reason: `--${options.dialect} was given` };
  }
  const decision = detectDialect(text, tree);
  if (decision.conflict !== undefined) {
    const { py2, py3 } = decision.conflict;
    const later = py2.span.start > py3.span.start ? py2 : py3;
    sink.report(createDiagnostic(messages.dialectConflict, later.span, { py2: describe(py2), py3: describe(py3) }));
  }
  return { dialect: decision.dialect, reason: decision.reason };
}

// tree-sitter recovers from anything, so conversion can meet shapes a valid program
// never has. Those files already carry an error diagnostic; a converter tripping on
// one must not turn a syntax error into a crash. Without a tree error it is our bug.
function convertBody(cx: ParseContext, root: SyntaxNode): Module["body"] {
  try {
    return convertStatements(cx, root.children);
  } catch (error) {
    if (root.hasError && error instanceof TypeError) return [];
    throw error;
  }
}

function collectComments(root: SyntaxNode): Comment[] {
  return root.descendantsOfType("comment").map((node) => ({
    text: node.text.slice(1),
    span: { start: node.startIndex, end: node.endIndex },
  }));
}
