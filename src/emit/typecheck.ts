// Type-checks emitted TypeScript the way a user's `tsc --strict` would, against
// the real runtime declarations (dist/), with ts-morph. The files live in memory
// at paths inside this package, so `py2ts-mp/runtime` resolves through the
// package's own `exports` (self-reference) exactly as in a user's project.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Project, ts } from "ts-morph";

export interface EmittedFile {
  /** A name for messages, e.g. "corpus/basics/hello.ts". */
  readonly name: string;
  readonly text: string;
}

export interface TypeProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export function typecheckEmitted(files: readonly EmittedFile[]): TypeProblem[] {
  const project = new Project({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2024.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ["node"],
      skipLibCheck: true,
    },
    skipAddingFilesFromTsConfig: true,
  });
  const root = join(packageRoot, ".typecheck");
  for (const file of files) project.createSourceFile(join(root, file.name.replace(/\.(py|ts)$/, "") + ".mts"), file.text, { overwrite: true });
  return project.getPreEmitDiagnostics().map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n");
    const source = d.getSourceFile();
    return {
      file: source ? source.getFilePath().slice(root.length + 1) : "(global)",
      line: d.getLineNumber() ?? 0,
      message,
    };
  });
}
