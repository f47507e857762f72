// What lowering knows about methods when the receiver's type is not known at
// compile time: which names are methods of Python's str/int/float (those values
// are JavaScript primitives, so their methods live in the runtime's `callMethod`),
// and the Python signatures of library methods, so keyword arguments can be bound
// by method name when every candidate agrees.
//
//   s.strip()            ->  callMethod(s, "strip")
//   q.get(timeout=2)     ->  q.get(undefined, 2)      (Queue.get(block=True, timeout=None))

import type * as ast from "../parse/ast.js";
import { signatureOf, type Signature } from "./arguments.js";
import { sig } from "./runtimeApi.js";

const primitiveMethodNames = new Set([
  // str
  "capitalize", "casefold", "center", "count", "decode", "encode", "endswith", "expandtabs", "find",
  "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
  "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join",
  "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind",
  "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
  "swapcase", "title", "translate", "upper", "zfill",
  // int and float
  "bit_length", "bit_count", "conjugate", "is_integer", "as_integer_ratio", "hex", "to_bytes",
  // static methods also reachable from an instance: "ab".maketrans(...), (5).from_bytes(...)
  "maketrans", "from_bytes", "fromhex",
  // generators (JavaScript generators have next/throw/return, not Python's methods)
  "send", "throw", "close", "__next__",
]);

/**
 * True when a method of this name may belong to a str/int/float or generator
 * receiver, whose Python methods only the runtime knows.
 */
export function isRuntimeDispatchedMethod(name: string, isPy2: boolean): boolean {
  return primitiveMethodNames.has(name) || (isPy2 && name === "next") || JS_MEMBER_NAMES.has(name) || /^__\w+__$/.test(name);
}

/** A method name of Python's str, int, float or generators. */
export function isPrimitiveMethodName(name: string, isPy2: boolean): boolean {
  return primitiveMethodNames.has(name) || (isPy2 && name === "next");
}

/**
 * Members JavaScript gives every array, function, error or object (`push`, `map`,
 * `toString`): on a list `xs.push(4)` would silently work, where CPython raises
 * AttributeError. Calls of these names go through the runtime's `callMethod`,
 * which tells Python methods (PyList's own `pop`, `sort`) from JavaScript's.
 */
const JS_MEMBER_NAMES = new Set(
  [Object.prototype, Array.prototype, Function.prototype, Error.prototype, String.prototype].flatMap((proto) => Object.getOwnPropertyNames(proto)),
);

/** Python's own methods of the runtime containers, which a known list/dict/set/tuple receiver may call directly. */
const containerMethods: Readonly<Record<string, ReadonlySet<string>>> = {
  list: new Set(["append", "extend", "insert", "remove", "pop", "index", "count", "clear", "copy", "sort", "reverse"]),
  tuple: new Set(["index", "count"]),
  dict: new Set([
    "keys", "values", "items", "get", "pop", "popitem", "setdefault", "update", "clear", "copy", "fromkeys",
    "has_key", "iterkeys", "itervalues", "iteritems", "viewkeys", "viewvalues", "viewitems",
  ]),
  set: new Set([
    "add", "remove", "discard", "pop", "clear", "copy", "update", "union", "intersection", "difference",
    "symmetric_difference", "issubset", "issuperset", "isdisjoint", "intersection_update", "difference_update",
    "symmetric_difference_update",
  ]),
  frozenset: new Set(["copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]),
};

/** True when `name` is a Python method of a receiver known to be this container kind. */
export function isContainerMethod(kind: string, name: string): boolean {
  return containerMethods[kind]?.has(name) ?? false;
}

/**
 * Python signatures of methods that take keyword arguments, by method name. Several
 * classes may share a name (`get` on dict and on queues); a call is bound only when
 * every candidate that accepts the given keywords binds them the same way.
 */
const methodSignatures: Readonly<Record<string, readonly string[]>> = {
  sort: ["*, key?, reverse?"],
  split: ["sep?, maxsplit?"],
  rsplit: ["sep?, maxsplit?"],
  splitlines: ["keepends?"],
  encode: ["encoding?, errors?"],
  decode: ["encoding?, errors?"],
  get: ["block?, timeout?"],
  put: ["obj, block?, timeout?"],
  join: ["timeout?"],
  acquire: ["block?, timeout?"],
  wait: ["timeout?"],
  wait_for: ["predicate, timeout?"],
  notify: ["n?"],
  poll: ["timeout?"],
  apply: ["func, args?, kwds?"],
  apply_async: ["func, args?, kwds?, callback?, error_callback?"],
  // Pool.map; Executor.map
  map: ["func, iterable, chunksize?", "fn, *iterables, timeout?, chunksize?"],
  map_async: ["func, iterable, chunksize?, callback?, error_callback?"],
  imap: ["func, iterable, chunksize?"],
  imap_unordered: ["func, iterable, chunksize?"],
  starmap: ["func, iterable, chunksize?"],
  starmap_async: ["func, iterable, chunksize?, callback?, error_callback?"],
  submit: ["fn, *args, **kwargs"],
  shutdown: ["wait?, *, cancel_futures?"],
  result: ["timeout?"],
  exception: ["timeout?"],
  send_bytes: ["buf, offset?, size?"],
  recv_bytes: ["maxlength?"],
  recv_bytes_into: ["buf, offset?"],
  put_nowait: ["obj"],
  setdefault: ["key, default?"],
  pop: ["key?, default?"],
  update: ["other?, **kwargs"],
  format: ["*args, **kwargs"],
};

export function lookupMethodSignature(name: string, keywords: readonly ast.Keyword[]): Signature | null {
  const candidates = methodSignatures[name];
  if (!candidates) return null;
  const names = keywords.map((k) => k.arg?.name ?? "**");
  const accepting = candidates.map((c) => signatureOf(sig(c))).filter((s) => names.every((n) => accepts(s, n)));
  return accepting.length === 1 ? accepting[0]! : null;
}

function accepts(signature: Signature, keyword: string): boolean {
  return (
    signature.positional.some((p) => p.name === keyword) || signature.keywordOnly.some((p) => p.name === keyword) || signature.varkw !== null
  );
}

export function isJsMemberName(name: string): boolean {
  return JS_MEMBER_NAMES.has(name);
}
