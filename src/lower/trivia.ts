// Python comments and layout carried into the TypeScript: each comment is assigned
// to a statement (leading, or trailing when it shares the statement's last line),
// and each lowered statement gets a position marker so emit can map TypeScript
// lines back to Python lines and keep the script's blank lines.
//
//   x = 1  # why        ->  const x = 1; // why
//   # about f           ->  // about f
//   def f(): ...            export function f() { ... }

import ts from "typescript";
import type * as ast from "../parse/ast.js";
import type { LineMap } from "../diagnostics/textPosition.js";
import { markerComment } from "./markers.js";

export interface Trivia {
  readonly leading: ReadonlyMap<ast.Stmt, readonly ast.Comment[]>;
  readonly trailing: ReadonlyMap<ast.Stmt, readonly ast.Comment[]>;
  /** Comments after the last statement of the module. */
  readonly end: readonly ast.Comment[];
}

export function collectTrivia(module: ast.Module, lineMap: LineMap): Trivia {
  const leading = new Map<ast.Stmt, ast.Comment[]>();
  const trailing = new Map<ast.Stmt, ast.Comment[]>();
  const end: ast.Comment[] = [];
  const lineOf = (offset: number): number => lineMap.lineIndexOf(offset);
  for (const comment of module.comments) {
    if (isInterpreterDirective(comment, lineOf)) continue;
    const target = assign(comment, module.body, lineOf);
    if (!target) end.push(comment);
    else add(target.where === "leading" ? leading : trailing, target.stmt, comment);
  }
  return { leading, trailing, end };
}

interface Assignment {
  readonly stmt: ast.Stmt;
  readonly where: "leading" | "trailing";
}

function assign(comment: ast.Comment, stmts: readonly ast.Stmt[], lineOf: (o: number) => number): Assignment | null {
  const line = lineOf(comment.span.start);
  const container = stmts.find((s) => s.span.start <= comment.span.start && comment.span.start <= s.span.end);
  if (container) {
    const children = childStatements(container);
    if (children.length > 0 && line > lineOf(container.span.start)) {
      const inner = assign(comment, children, lineOf);
      if (inner) return inner;
    }
    if (children.length === 0 && line === lineOf(container.span.end)) return { stmt: container, where: "trailing" };
    return { stmt: container, where: "leading" };
  }
  // `x = 1  # note`: the comment shares the last line of the statement before it.
  const previous = [...stmts].reverse().find((s) => s.span.end <= comment.span.start);
  if (previous && lineOf(previous.span.end) === line) {
    const children = childStatements(previous);
    return children.length > 0 ? assign(comment, children, lineOf) : { stmt: previous, where: "trailing" };
  }
  const next = stmts.find((s) => s.span.start > comment.span.start);
  if (next) return { stmt: next, where: "leading" };
  const last = stmts[stmts.length - 1];
  return last ? { stmt: last, where: "trailing" } : null;
}

/** Statements nested in a compound statement, in source order. */
function childStatements(stmt: ast.Stmt): ast.Stmt[] {
  switch (stmt.kind) {
    case "FunctionDef":
    case "ClassDef":
    case "With":
      return [...stmt.body];
    case "If":
    case "For":
    case "While":
      return [...stmt.body, ...stmt.orelse];
    case "Try":
      return [...stmt.body, ...stmt.handlers.flatMap((h) => h.body), ...stmt.orelse, ...stmt.finalbody];
    case "Match":
      return stmt.cases.flatMap((c) => c.body);
    default:
      return [];
  }
}

/** `#!/usr/bin/env python` and `# -*- coding: utf-8 -*-` on the first two lines mean nothing in TypeScript. */
function isInterpreterDirective(comment: ast.Comment, lineOf: (o: number) => number): boolean {
  if (lineOf(comment.span.start) > 1) return false;
  return comment.text.startsWith("!") || /coding[:=]\s*[-\w.]+/.test(comment.text);
}

function add(map: Map<ast.Stmt, ast.Comment[]>, stmt: ast.Stmt, comment: ast.Comment): void {
  const list = map.get(stmt);
  if (list) list.push(comment);
  else map.set(stmt, [comment]);
}

/**
 * Attaches a Python statement's comments and position marker to the TypeScript
 * statements it was lowered to.
 */
export function attachTrivia(
  stmt: ast.Stmt,
  lowered: ts.Statement[],
  trivia: Trivia,
  lineMap: LineMap,
  isFirstInBlock: boolean,
): void {
  const first = lowered[0];
  const last = lowered[lowered.length - 1];
  if (!first || !last) return;
  const lineIndex = lineMap.lineIndexOf(firstLineOffset(stmt, trivia));
  const blankBefore = !isFirstInBlock && lineIndex > 0 && lineMap.lineText(lineIndex - 1).trim() === "";
  // The marker goes first, so a blank line it asks for lands above the statement's comments.
  ts.addSyntheticLeadingComment(first, ts.SyntaxKind.MultiLineCommentTrivia, markerComment(lineMap.lineIndexOf(stmt.span.start) + 1, blankBefore), false);
  for (const comment of trivia.leading.get(stmt) ?? []) addComment(first, comment, "leading");
  for (const comment of trivia.trailing.get(stmt) ?? []) addComment(last, comment, "trailing");
}

/** Where the statement's text starts, including its leading comments (for blank-line detection). */
function firstLineOffset(stmt: ast.Stmt, trivia: Trivia): number {
  const comments = trivia.leading.get(stmt);
  return comments && comments.length > 0 ? Math.min(comments[0]!.span.start, stmt.span.start) : stmt.span.start;
}

export function addComment(node: ts.Node, comment: ast.Comment, where: "leading" | "trailing"): void {
  const text = ` ${comment.text.replace(/^ /, "")}`.replace(/\s+$/, "");
  if (where === "leading") ts.addSyntheticLeadingComment(node, ts.SyntaxKind.SingleLineCommentTrivia, text, true);
  else ts.addSyntheticTrailingComment(node, ts.SyntaxKind.SingleLineCommentTrivia, text, false);
}
