// State shared by the CST -> AST converters of one file: the source text, the
// dialect and __future__ flags that change how syntax reads, and the diagnostic
// sink. Sub-parses (a py2 print statement's arguments, a backtick's expression)
// get a child context whose `offset` maps their node offsets back to the file.

import { createDiagnostic, DiagnosticSink } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";
import type { Dialect, Span } from "./ast.js";
import type { SyntaxNode } from "./cst.js";

export interface DialectInfo {
  readonly dialect: Dialect;
  /** Why the file has this dialect, as a clause for messages ("it has a print statement on line 3"). */
  readonly reason: string;
}

export class ParseContext {
  constructor(
    /** The whole file's text (spans index into it). */
    readonly fileText: string,
    readonly fileName: string,
    readonly dialectInfo: DialectInfo,
    /** `from __future__ import` names, filled while the module's first statements convert. */
    readonly futureFeatures: Set<string>,
    readonly sink: DiagnosticSink,
    /** Added to tree-sitter offsets: non-zero only for sub-parses. */
    readonly offset = 0,
  ) {}

  /** A sub-parse that stood a placeholder in for a keyword names it back here (py2.ts). */
  nameOverride: { readonly offset: number; readonly id: string } | undefined;

  /** Offsets where logical lines start (tokens.ts), once the tokenizer check has run cleanly. */
  logicalLineStarts: readonly number[] = [];

  get dialect(): Dialect {
    return this.dialectInfo.dialect;
  }

  get isPy2(): boolean {
    return this.dialectInfo.dialect === "py2";
  }

  /** `print` is a builtin function: Python 3, or Python 2 with print_function. */
  get printIsFunction(): boolean {
    return !this.isPy2 || this.futureFeatures.has("print_function");
  }

  /** Plain string literals are unicode: Python 3, or Python 2 with unicode_literals. */
  get unicodeLiterals(): boolean {
    return !this.isPy2 || this.futureFeatures.has("unicode_literals");
  }

  withOffset(offset: number): ParseContext {
    const child = new ParseContext(this.fileText, this.fileName, this.dialectInfo, this.futureFeatures, this.sink, offset);
    child.logicalLineStarts = this.logicalLineStarts;
    return child;
  }

  span(node: SyntaxNode): Span {
    return { start: node.startIndex + this.offset, end: node.endIndex + this.offset };
  }

  spanFrom(first: SyntaxNode, last: SyntaxNode): Span {
    return { start: first.startIndex + this.offset, end: last.endIndex + this.offset };
  }

  text(node: SyntaxNode): string {
    return node.text;
  }

  /** A SyntaxError with CPython's exact message. */
  syntaxError(message: string, at: SyntaxNode | Span): void {
    this.sink.report(createDiagnostic(messages.pythonSyntaxError, this._toSpan(at), { message }));
  }

  /** Syntax that only the other dialect has: CPython's message plus why the file has this dialect. */
  dialectError(message: string, what: string, at: SyntaxNode | Span): void {
    const other = this.isPy2 ? "Python 3" : "Python 2";
    const fileDialect = this.isPy2 ? "Python 2" : "Python 3";
    this.sink.report(
      createDiagnostic(messages.wrongDialectSyntax, this._toSpan(at), {
        message,
        what,
        dialect: other,
        fileDialect,
        reason: this.dialectInfo.reason,
      }),
    );
  }

  private _toSpan(at: SyntaxNode | Span): Span {
    return "type" in at ? this.span(at) : at;
  }
}
