// How the CLI reports problems: diagnostics rendered like tsc's, on stderr.

import { writeSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatCode } from "../diagnostics/messages.js";
import { renderDiagnostics } from "../diagnostics/render.js";

export function reportDiagnostics(diagnostics: readonly Diagnostic[], fileName: string, text: string): void {
  if (diagnostics.length === 0) return;
  const errors = diagnostics.filter((d) => d.category === "error").length;
  const summary = errors > 0 ? `\nFound ${errors} error${errors === 1 ? "" : "s"} in ${fileName}; nothing was written.\n` : "\n";
  writeErr(`${renderDiagnostics(diagnostics, fileName, text)}\n${summary}`);
}

/** A problem with the file itself (missing, unreadable): there is no line to point at. */
export function reportFileDiagnostic(diagnostic: Diagnostic, fileName: string): void {
  writeErr(`${fileName}: ${diagnostic.category} ${formatCode(diagnostic.code)}: ${diagnostic.message}\n`);
}

export function writeErr(text: string): void {
  writeAll(2, text);
}

export function writeOut(text: string): void {
  writeAll(1, text);
}

function writeAll(fd: number, text: string): void {
  const buffer = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += writeSync(fd, buffer, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    }
  }
}
