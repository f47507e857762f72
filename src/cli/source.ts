// Reads a Python script for the CLI, turning every way it can fail into a
// diagnostic: a missing file, a directory, unreadable or binary content.

import { readFileSync, statSync } from "node:fs";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { messages } from "../diagnostics/messages.js";

export type SourceResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

const fileStart = { start: 0, end: 0 };

export function readSource(path: string): SourceResult {
  let text: string;
  try {
    if (statSync(path).isDirectory()) {
      return { ok: false, diagnostic: createDiagnostic(messages.fileUnreadable, fileStart, { path, reason: "it is a directory" }) };
    }
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, diagnostic: createDiagnostic(messages.fileNotFound, fileStart, { path }) };
    return { ok: false, diagnostic: createDiagnostic(messages.fileUnreadable, fileStart, { path, reason: (error as Error).message }) };
  }
  if (text.includes("\u0000")) return { ok: false, diagnostic: createDiagnostic(messages.notPythonSource, fileStart, { path }) };
  // A UTF-8 byte order mark is not part of the program.
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}
