// The CPython type names of the engine's own iterators that iter() handed out
// (sequenceIterators.ts names them; type() and repr() read the names here). A leaf
// module: types.ts and repr.ts import it without an import cycle.

const nameKey: unique symbol = Symbol("py2ts.iteratorTypeName");

export function nameIterator(iterator: object, typeName: string): void {
  (iterator as { [nameKey]?: string })[nameKey] = typeName;
}

/** `list_iterator` for iter([]), py2 `listiterator`; undefined for any other object. */
export function iteratorTypeName(value: object): string | undefined {
  return (value as { [nameKey]?: string })[nameKey];
}
