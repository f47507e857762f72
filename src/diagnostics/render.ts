// Renders diagnostics the way tsc does: `file:line:col: error PTM0001: message`
// followed by a code frame with carets under the span.

import type { Diagnostic } from "./diagnostic.js";
import { formatCode } from "./messages.js";
import { countCodePoints, LineMap } from "./textPosition.js";

export interface RenderOptions {
  /** Show the source line and carets under the span. */
  readonly codeFrame?: boolean;
}

export function renderDiagnostic(
  diagnostic: Diagnostic,
  fileName: string,
  lineMap: LineMap,
  options: RenderOptions = {},
): string {
  const { line, column } = lineMap.position(diagnostic.span.start);
  const head = `${fileName}:${line}:${column}: ${diagnostic.category} ${formatCode(diagnostic.code)}: ${diagnostic.message}`;
  const parts = [head];
  if (options.codeFrame !== false) parts.push(renderCodeFrame(diagnostic, lineMap));
  for (const note of diagnostic.notes ?? []) {
    const at = lineMap.position(note.span.start);
    parts.push(`  ${fileName}:${at.line}:${at.column}: note: ${note.message}`);
  }
  return parts.filter((p) => p !== "").join("\n");
}

function renderCodeFrame(diagnostic: Diagnostic, lineMap: LineMap): string {
  if (lineMap.text.length === 0) return "";
  const lineIndex = lineMap.lineIndexOf(diagnostic.span.start);
  const text = lineMap.lineText(lineIndex);
  const lineStart = lineMap.lineStart(lineIndex);
  const startCol = countCodePoints(lineMap.text.slice(lineStart, diagnostic.span.start));
  const endOffset = Math.min(diagnostic.span.end, lineStart + text.length);
  const width = Math.max(1, countCodePoints(lineMap.text.slice(diagnostic.span.start, endOffset)));
  const gutter = String(lineIndex + 1);
  const pad = " ".repeat(gutter.length);
  // Tabs keep their width in the caret line so the carets stay under the text.
  const before = Array.from(text).slice(0, startCol).map((ch) => (ch === "\t" ? "\t" : isWide(ch) ? "  " : " ")).join("");
  const carets = Array.from(lineMap.text.slice(diagnostic.span.start, diagnostic.span.start + width))
    .map((ch) => (isWide(ch) ? "~~" : "~"))
    .join("") || "~";
  return `\n${gutter} | ${text}\n${pad} | ${before}${carets}\n`;
}

/** East Asian wide characters take two terminal cells. */
function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], fileName: string, text: string): string {
  const lineMap = new LineMap(text);
  return diagnostics.map((d) => renderDiagnostic(d, fileName, lineMap)).join("\n");
}
