// Special methods called by name on str, int, float and bool values, which are
// JavaScript primitives without methods: `s.__len__()`, `n.__eq__(m)`. Each one
// is the operation it implements (len, ==, repr, ...); a comparison between
// unrelated types answers NotImplemented, as CPython's slot wrappers do.
// callMethod.ts consults this table through a hook installed at load.

import { eq, ge, gt, le, lt, ne } from "./compare.js";
import { setPrimitiveDunderLookup } from "./callMethod.js";
import { format } from "./formatSpec.js";
import { hash } from "./hash.js";
import { len } from "./iteration.js";
import { NotImplemented } from "./notImplemented.js";
import { NOT_NUMBER, numberKind } from "./numeric.js";
import { repr, str } from "./repr.js";
import { getitem } from "./subscript.js";
import { contains } from "./truth.js";

type Dunder = (self: unknown, ...args: unknown[]) => unknown;

const stringOnly: Record<string, Dunder> = {
  __len__: (self) => len(self),
  __contains__: (self, item) => contains(self, item),
  __getitem__: (self, key) => getitem(self, key),
};

const comparisons: Record<string, (a: unknown, b: unknown) => unknown> = { __eq__: eq, __ne__: ne, __lt__: lt, __le__: le, __gt__: gt, __ge__: ge };

const common: Record<string, Dunder> = {
  __str__: (self) => str(self),
  __repr__: (self) => repr(self),
  __format__: (self, spec) => format(self, spec),
  __hash__: (self) => hash(self),
};

function sameKind(a: unknown, b: unknown): boolean {
  if (typeof a === "string") return typeof b === "string";
  return numberKind(a) !== NOT_NUMBER && numberKind(b) !== NOT_NUMBER;
}

/** The special method `name` of a primitive value, or undefined when it has none. */
function primitiveDunder(value: unknown, name: string): Dunder | undefined {
  if (typeof value === "string" && stringOnly[name] !== undefined) return stringOnly[name];
  const compare = comparisons[name];
  if (compare !== undefined) return (self, other) => (sameKind(self, other) ? compare(self, other) : NotImplemented);
  return common[name];
}

setPrimitiveDunderLookup(primitiveDunder);
