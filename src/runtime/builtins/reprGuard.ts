// Recursion guard for container reprs on top of repr.ts's reprEnter/reprLeave
// (CPython Py_ReprEnter/Py_ReprLeave): a list that contains itself prints
// `[1, [...]]`, a dict `{'a': {...}}`.

import { reprEnter, reprLeave } from "./repr.js";

/** `build()` for `container`, or `placeholder` when its repr is already being built. */
export function guardedRepr(container: object, placeholder: string, build: () => string): string {
  if (!reprEnter(container)) return placeholder;
  try {
    return build();
  } finally {
    reprLeave(container);
  }
}
