// Small types shared across the runtime (kept apart from the compiler's types so
// the runtime never imports the compiler).

export type Dialect = "py2" | "py3";
