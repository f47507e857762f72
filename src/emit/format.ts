// Formats emitted TypeScript with prettier. Prettier is loaded on first use: a
// cached `py2ts-mp run` never needs it.

import type { Options } from "prettier";

const options: Options = { parser: "typescript", printWidth: 100 };

let prettier: typeof import("prettier") | null = null;

export async function formatTypeScript(text: string): Promise<string> {
  prettier ??= await import("prettier");
  return prettier.format(text, options);
}
