// iter() of a list, tuple, str, bytes, bytearray or Python 2 unicode. Their JS
// iterators are the engine's own (Array/String Iterator, a generator for
// PyUnicode), kept as they are so that loops over them stay fast; iter() records
// CPython's type name for the object it returns, so that `type(iter([]))` is
// `list_iterator` (py2 `listiterator`) and its repr matches. iter(it) of such an
// iterator is `it` itself, as for every iterator.

import { ByteSequence } from "./bytes.js";
import { PyByteArray } from "./bytearray.js";
import { isPy2 } from "./dialect.js";
import { nameIterator } from "./iteratorNames.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { PyUnicode } from "./unicode.js";

/** CPython's name for the iterator of a built-in sequence, or null for anything else. */
function sequenceIteratorName(sequence: unknown): string | null {
  const py2 = isPy2();
  // Python 3.11 iterates an all-ASCII str with its own, faster iterator type.
  if (typeof sequence === "string") return py2 ? "iterator" : /^[\x00-\x7f]*$/.test(sequence) ? "str_ascii_iterator" : "str_iterator";
  if (sequence instanceof PyList) return py2 ? "listiterator" : "list_iterator";
  if (sequence instanceof PyTuple) return py2 ? "tupleiterator" : "tuple_iterator";
  if (sequence instanceof PyUnicode) return "iterator";
  if (sequence instanceof PyByteArray) return "bytearray_iterator";
  if (sequence instanceof ByteSequence) return py2 ? "iterator" : "bytes_iterator";
  return null;
}

/** `items`, the JS iterator of `sequence`, named as CPython names iter(sequence). */
export function namedSequenceIterator<T>(sequence: unknown, items: Iterator<T>): Iterator<T> {
  if (items === sequence) return items; // iter(it) of an iterator keeps its name
  const name = sequenceIteratorName(sequence);
  if (name !== null) nameIterator(items, name);
  return items;
}
