// The Python names of functions: `__name__` and `__qualname__`. Emitted defs are
// JavaScript functions named like the def; a `lambda` is an arrow function, whose
// JavaScript name is the variable it was assigned to (`square = lambda x: ...`
// gives `square`), but whose Python name is always `<lambda>`. A def that the
// compiler had to emit as an arrow carries its qualname (defineFunction).

/** A function's `__name__`: `task`, `<lambda>`. */
export function functionName(f: Function): string {
  const own = (f as { __name__?: unknown }).__name__;
  if (typeof own === "string") return own;
  const qualname = (f as { __qualname__?: unknown }).__qualname__;
  if (typeof qualname === "string") return lastPart(qualname);
  if (isArrow(f)) return "<lambda>";
  return f.name.startsWith("bound ") ? f.name.slice(6) : f.name || "<lambda>";
}

/** A function's `__qualname__` where it was recorded, else its `__name__`. */
export function functionQualname(f: Function): string {
  const qualname = (f as { __qualname__?: unknown }).__qualname__;
  return typeof qualname === "string" ? qualname : functionName(f);
}

// `outer.<locals>.inner` -> `inner`; `<lambda>` stays whole.
function lastPart(qualname: string): string {
  const parts = qualname.split(".");
  return parts[parts.length - 1] ?? qualname;
}

/** An arrow function: no `prototype`, and its source is `(params) =>` or `param =>`. */
function isArrow(f: Function): boolean {
  if (Object.prototype.hasOwnProperty.call(f, "prototype")) return false;
  return /^(?:\([^)]*\)|[\w$]+)\s*=>/.test(Function.prototype.toString.call(f));
}
