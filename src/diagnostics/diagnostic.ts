// A located problem report. Every stage returns its result plus a list of these;
// nothing in the compiler reports an error without a span. Spans stay offsets
// until rendering (render.ts).

import type { Span } from "../parse/ast.js";
import { formatMessage, type Category, type MessageTemplate, type ParamsOf } from "./messages.js";

export interface Diagnostic {
  readonly code: number;
  readonly category: Category;
  readonly message: string;
  readonly span: Span;
  /** Secondary locations ("first defined here"). */
  readonly notes?: readonly DiagnosticNote[];
}

export interface DiagnosticNote {
  readonly message: string;
  readonly span: Span;
}

export function createDiagnostic<M extends MessageTemplate<string>>(
  template: M,
  span: Span,
  ...params: [ParamsOf<M>] extends [never] ? [] : [Readonly<Record<ParamsOf<M>, string | number>>]
): Diagnostic {
  const values = (params[0] ?? {}) as Readonly<Record<string, string | number>>;
  return { code: template.code, category: template.category, message: formatMessage(template, values), span };
}

/**
 * Collects diagnostics for one file, dropping exact duplicates (same code, span
 * and message), as pyright's diagnosticSink does.
 */
export class DiagnosticSink {
  private readonly _items: Diagnostic[] = [];
  private readonly _seen = new Set<string>();

  report(diagnostic: Diagnostic): void {
    const key = `${diagnostic.code}:${diagnostic.span.start}:${diagnostic.span.end}:${diagnostic.message}`;
    if (this._seen.has(key)) return;
    this._seen.add(key);
    this._items.push(diagnostic);
  }

  get items(): readonly Diagnostic[] {
    return this._items;
  }

  get hasErrors(): boolean {
    return this._items.some((d) => d.category === "error");
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.category === "error");
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.span.start - b.span.start || a.code - b.code);
}
