// Keeps emitted identifiers valid and collision-free. Python names are kept as
// written unless they are TypeScript reserved words (renamed with a trailing
// underscore: `default` -> `default_`), and compiler temporaries never collide with
// any name the script uses.

const reservedWords = new Set([
  // ECMAScript reserved words and strict-mode reserved words.
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
  "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
  "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface",
  "package", "private", "protected", "public", "await", "arguments", "eval", "undefined", "NaN",
  "Infinity",
]);

/** Names our emitted module declares itself. */
const emittedModuleNames = new Set(["moduleBody"]);

export class NameManager {
  /** Every identifier the script uses anywhere (all scopes), plus names we emitted. */
  private readonly _taken: Set<string>;

  constructor(scriptNames: Iterable<string>) {
    this._taken = new Set([...scriptNames].map(safeIdentifier));
    for (const name of emittedModuleNames) this._taken.add(name);
  }

  isTaken(name: string): boolean {
    return this._taken.has(name);
  }

  /** A fresh identifier based on `base` that no script name or earlier temporary uses. */
  unique(base: string): string {
    let candidate = safeIdentifier(base);
    for (let i = 1; this._taken.has(candidate); i++) candidate = `${base}_${i}`;
    this._taken.add(candidate);
    return candidate;
  }
}

/** The TypeScript spelling of a Python identifier. */
export function safeIdentifier(name: string): string {
  return reservedWords.has(name) ? `${name}_` : name;
}
