// Recursion guard for container reprs (CPython Py_ReprEnter/Py_ReprLeave): a list
// that contains itself prints `[1, [...]]`, a dict `{'a': {...}}`.

const active = new Set<object>();

/** `build()` for `container`, or `placeholder` when its repr is already being built. */
export function guardedRepr(container: object, placeholder: string, build: () => string): string {
  if (active.has(container)) return placeholder;
  active.add(container);
  try {
    return build();
  } finally {
    active.delete(container);
  }
}
